import type { NextAuthConfig } from "next-auth";
import { safeRedirectPath } from "@/lib/http/redirect";
import type { AccountRole } from "./roles";
import { env } from "@/lib/env";

declare module "next-auth" {
  interface User {
    role?: AccountRole;
    sessionVersion?: number;
    sessionId?: string;
  }
  interface Session {
    user: { id: string; role: AccountRole; name: string; email: string };
    sv: number;
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: AccountRole;
    sv?: number;
    sid?: string;
  }
}

/**
 * Cookie lifetime = the absolute session lifetime. Idle timeout, logout and revocation are enforced
 * server-side through the user_sessions row the token points to (lib/auth/sessions.ts).
 */
const SESSION_MAX_AGE = env().SESSION_ABSOLUTE_HOURS * 3600;

/**
 * Base next-auth configuration without providers or database access, shared by the proxy (which
 * only redirects) and the full configuration in ./index.ts.
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [],
  callbacks: {
    /** Every redirect next-auth makes (sign-in, sign-out, callbackUrl) stays on this site. */
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, "/", baseUrl)}`;
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion ?? 0;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { ...session.user, id: token.uid, role: token.role };
        session.sv = token.sv ?? 0;
        session.sid = token.sid;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
