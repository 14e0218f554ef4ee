/** Global roles. "public" is anyone without an account. Meeting roles (chair, secretary) come from the meeting. */
/** Roles an account can have (the user_role enum). */
export const ACCOUNT_ROLES = ["member", "staff", "admin"] as const;
export const ROLES = ["public", ...ACCOUNT_ROLES] as const;
export type Role = (typeof ROLES)[number];
export type AccountRole = Exclude<Role, "public">;

export const ROLE_LABELS: Record<Role, string> = {
  public: "Publik",
  member: "Anggota DPRD",
  staff: "Staf Sekretariat",
  admin: "Administrator",
};

/** The person acting: a DTO re-read from the database on every request. */
export interface Actor {
  id: string;
  role: AccountRole;
  name: string;
  email: string;
  dapilId: number | null;
  komisiId: number | null;
  fraksiId: number | null;
  position: string | null;
  unit: string | null;
  sessionVersion: number;
  /** Whether the account has a confirmed second factor (TOTP). */
  totpEnabled: boolean;
  /** The server-side session behind this request (absent for API tokens and tests). */
  sessionId?: string;
  /** Set when the request was authenticated with a personal API token. */
  tokenScope?: "read" | "write";
}
