import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { afterLoginPath } from "@/lib/auth/page-rules";
import { sessionActor } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/http/redirect";

export const metadata: Metadata = { title: "Masuk", robots: { index: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; sandi?: string }>;
}) {
  const { callbackUrl, sandi } = await searchParams;
  const actor = await sessionActor();
  if (actor) redirect(afterLoginPath(actor, callbackUrl));
  return (
    <main id="konten" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <Link href="/" className="mb-6 text-sm">
        ← Kembali ke beranda Si Dilan
      </Link>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">Masuk</h1>
        <p className="mt-1 mb-6 text-sm text-slate-700">
          Untuk anggota DPRD dan staf Sekretariat DPRD Kota Balikpapan.
        </p>
        {sandi === "diatur" ? (
          <div className="mb-4">
            <Alert tone="success">Kata sandi tersimpan. Silakan masuk dengan email dan kata sandi baru Anda.</Alert>
          </div>
        ) : null}
        <LoginForm callbackUrl={safeRedirectPath(callbackUrl, "") || undefined} />
      </div>
      <p className="mt-4 text-sm text-slate-700">
        Warga tidak perlu akun: <Link href="/aspirasi/kirim">kirim aspirasi</Link> atau{" "}
        <Link href="/lacak">lacak dengan kode</Link>.
      </p>
    </main>
  );
}
