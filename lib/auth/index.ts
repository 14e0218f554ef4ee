import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isAppError } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/ip";
import { authConfig } from "./config";
import { loginSchema, SecondFactorError, verifyLogin } from "./login";
import { revokeSession } from "./sessions";

class InvalidLogin extends CredentialsSignin {
  code = "invalid";
}
class RateLimitedLogin extends CredentialsSignin {
  code = "rate_limited";
}
class OtpRequired extends CredentialsSignin {
  code = "otp_required";
}
class OtpInvalid extends CredentialsSignin {
  code = "otp_invalid";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  events: {
    /**
     * Every way out (logoutAction, next-auth's own POST /api/auth/signout) ends the server-side
     * session, so the old cookie is dead even if a copy of it survives.
     */
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await revokeSession(sid);
    },
  },
  logger: {
    // A wrong password is an expected outcome (audited in verifyLogin), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email" },
        password: { label: "Kata sandi", type: "password" },
        otp: { label: "Kode verifikasi" },
      },
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidLogin();
        try {
          const user = await verifyLogin(
            parsed.data,
            clientIpFromHeaders(request.headers),
            request.headers.get("user-agent"),
          );
          if (!user) throw new InvalidLogin();
          return {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            sessionVersion: user.sessionVersion,
            sessionId: user.sessionId,
          };
        } catch (e) {
          if (e instanceof SecondFactorError) throw e.reason === "otp_required" ? new OtpRequired() : new OtpInvalid();
          if (isAppError(e) && e.code === "rate_limited") throw new RateLimitedLogin();
          throw e;
        }
      },
    }),
  ],
});
