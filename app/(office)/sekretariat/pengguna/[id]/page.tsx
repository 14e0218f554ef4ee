import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserAccountForms } from "@/components/users/user-account-forms";
import { UserForm } from "@/components/users/user-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";
import { isAppError } from "@/lib/errors";
import { resetPasswordAction, setUserActiveAction, updateUserAction } from "@/lib/users/actions";
import { getUser, memberOptions } from "@/lib/users/service";

export const metadata: Metadata = { title: "Ubah pengguna" };

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dibuat?: string }>;
}) {
  const actor = await requirePageActor("users.manage");
  const { id } = await params;
  const user = await getUser(actor, id).catch((e) => {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  });
  const options = await memberOptions();
  const { dibuat } = await searchParams;
  return (
    <div className="space-y-6">
      <Link href="/sekretariat/pengguna" className="text-sm">
        ← Daftar pengguna
      </Link>
      <PageHeader title={user.name} description={user.email} />
      {dibuat ? <Alert tone="success">Pengguna berhasil dibuat.</Alert> : null}
      <Card>
        <h2 className="mb-4 text-lg font-bold">Data pengguna</h2>
        <UserForm
          action={updateUserAction.bind(null, user.id)}
          options={options}
          initial={user}
          withPassword={false}
          submitLabel="Simpan perubahan"
        />
      </Card>
      <UserAccountForms
        isActive={user.isActive}
        isSelf={user.id === actor.id}
        setActive={setUserActiveAction.bind(null, user.id)}
        resetPassword={resetPasswordAction.bind(null, user.id)}
      />
    </div>
  );
}
