"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/http/form-state";
import { safeRedirectPath } from "@/lib/http/redirect";
import { fieldErrorsOf, formValues } from "@/lib/validation";
import { auth, signIn, signOut } from "./index";
import { revokeSession } from "./sessions";
import { loginSchema } from "./login";

/** Public: sign in with e-mail and password. */
export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = loginSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    otp: formData.get("otp") ?? undefined,
  });
  if (!parsed.success) {
    return {
      status: "error",
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    };
  }
  // Only a path on this site is kept as the place to return to (lib/http/redirect.ts).
  const callback = safeRedirectPath(formData.get("callbackUrl"), "");
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: `/masuk/lanjut${callback ? `?callbackUrl=${encodeURIComponent(callback)}` : ""}`,
    });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === "otp_required" || code === "otp_invalid") {
        const message =
          code === "otp_required"
            ? "Akun ini memakai verifikasi dua langkah. Masukkan kode dari aplikasi autentikator."
            : "Kode verifikasi salah atau sudah dipakai.";
        return {
          status: "error",
          message,
          values,
          fieldErrors: code === "otp_invalid" ? { otp: [message] } : undefined,
          data: { needOtp: true },
        };
      }
      const message =
        code === "rate_limited"
          ? "Terlalu banyak percobaan masuk. Demi keamanan, coba lagi dalam 15 menit."
          : "Email atau kata sandi salah, atau akun tidak aktif.";
      return { status: "error", message, values };
    }
    throw e; // signIn throws its redirect on success
  }
  redirect("/masuk/lanjut");
}

/** Sign out: end the server-side session (so a copied token is dead too) and return to the public site. */
export async function logoutAction(): Promise<void> {
  const session = await auth();
  if (session?.sid) await revokeSession(session.sid);
  await signOut({ redirectTo: "/" });
}
