import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { Alert } from "@/components/ui/alert";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password";
import { checkPasswordSetupToken, TOKEN_MESSAGES } from "@/lib/users/password-setup";

export const metadata: Metadata = { title: "Atur kata sandi", robots: { index: false }, referrer: "same-origin" };

/** Public: set the password of a new account with a one-time link (from npm run user:create or an import). */
export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw.slice(0, 200) : "";
  const state = await checkPasswordSetupToken(token);
  return (
    <main id="konten" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <Link href="/masuk" className="mb-6 text-sm">
        ← Ke halaman masuk
      </Link>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">Atur kata sandi</h1>
        {state.status === "valid" ? (
          <>
            <p className="mt-1 mb-6 text-sm text-slate-700">
              Akun {state.name} ({state.email}). Tautan ini hanya dapat dipakai sekali.
            </p>
            <SetPasswordForm token={token} min={PASSWORD_MIN} max={PASSWORD_MAX} />
          </>
        ) : (
          <div className="mt-4">
            <Alert tone="error">{TOKEN_MESSAGES[state.status]}</Alert>
          </div>
        )}
      </div>
    </main>
  );
}
