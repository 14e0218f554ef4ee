import type { Metadata } from "next";
import Link from "next/link";
import { UserForm } from "@/components/users/user-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { createUserAction } from "@/lib/users/actions";
import { memberOptions } from "@/lib/users/service";

export const metadata: Metadata = { title: "Tambah pengguna" };

export default async function NewUserPage() {
  await requirePageActor("users.manage");
  const options = await memberOptions();
  return (
    <div>
      <Link href="/sekretariat/pengguna" className="text-sm">
        ← Daftar pengguna
      </Link>
      <PageHeader title="Tambah pengguna" />
      <Card>
        <UserForm action={createUserAction} options={options} withPassword submitLabel="Simpan pengguna" />
      </Card>
    </div>
  );
}
