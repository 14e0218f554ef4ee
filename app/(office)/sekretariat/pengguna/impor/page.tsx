import type { Metadata } from "next";
import Link from "next/link";
import { UserImportForm } from "@/components/users/user-import-form";
import { PageHeader } from "@/components/ui/misc";
import { requirePageActor } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Impor pengguna" };

/** Admin: import members and staff from CSV — upload, dry run table, then confirm. */
export default async function UserImportPage() {
  await requirePageActor("users.manage");
  return (
    <div>
      <Link href="/sekretariat/pengguna" className="text-sm">
        ← Daftar pengguna
      </Link>
      <PageHeader
        title="Impor pengguna dari CSV"
        description="Unggah berkas CSV anggota DPRD dan staf. Uji coba dulu: tidak ada yang disimpan sebelum Anda menekan Terapkan."
      />
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
        <p>
          Kolom (baris pertama): <code>peran,nama,email,jabatan,bagian,dapil,komisi,fraksi,nip,telepon</code>. Peran:{" "}
          <code>anggota</code>, <code>staf</code>, atau <code>admin</code>. Anggota wajib punya dapil (nomor) dan
          fraksi; komisi boleh kosong untuk pimpinan. Staf mengisi bagian. Pemisah koma atau titik koma (Excel)
          diterima. Akun baru menerima tautan sekali pakai lewat email untuk mengatur kata sandi (berlaku 72 jam). Akun
          yang sudah ada (email sama) diperbarui.
        </p>
        <p className="mt-2">
          Contoh: <code>docs/contoh-impor-pengguna.csv</code> di repositori.
        </p>
      </div>
      <UserImportForm />
    </div>
  );
}
