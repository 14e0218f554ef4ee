import type { NextAuthConfig } from "next-auth";
import type { AccountRole } from "./roles";

declare module "next-auth" {
  interface User {
    role?: AccountRole;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: AccountRole; name: string; email: string };
    sv: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: AccountRole;
    sv?: number;
  }
}

/** Session lifetime; the database re-read on every request is what makes changes take effect at once. */
const SESSION_MAX_AGE = Number(process.env.SESSION_MAX_AGE_SECONDS || 8 * 60 * 60);

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
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { ...session.user, id: token.uid, role: token.role };
        session.sv = token.sv ?? 0;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
