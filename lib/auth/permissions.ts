import { ACCOUNT_ROLES, ROLES, type Role } from "./roles";

const ALL: readonly Role[] = ROLES;
const ACCOUNTS: readonly Role[] = ACCOUNT_ROLES;
const OFFICE: readonly Role[] = ["staff", "admin"];
const MEMBER: readonly Role[] = ["member"];
const ADMIN: readonly Role[] = ["admin"];

/**
 * The one permission table: action → roles allowed. Scope rules (own dapil, meeting chair, disposisi
 * recipient, ...) are checked in the domain service on top of this.
 */
export const PERMISSIONS = {
  // Areas and accounts
  "portal.access": MEMBER,
  "office.access": OFFICE,
  "account.self": ACCOUNTS,
  "users.read": ADMIN,
  "users.manage": ADMIN,
  "reference.read": ACCOUNTS,
  "reference.manage": ADMIN,
  "audit.read": OFFICE,
  "apiTokens.manage": OFFICE,
  "outbox.read": OFFICE,

  // SIAP — aspirations
  "aspiration.submit": ALL,
  "aspiration.track": ALL,
  "aspiration.logChannel": OFFICE,
  "aspiration.triage": OFFICE,
  "aspiration.export": OFFICE,
  "aspiration.respond": ACCOUNTS,
  "aspiration.categories.manage": ADMIN,

  // e-Pokir and the member inbox
  "inbox.read": MEMBER,
  "pokir.submit": ALL,
  "pokir.adopt": MEMBER,
  "pokir.memberList": MEMBER,
  "reses.manage": MEMBER,
  // E-Reses: staff record periods and schedules, read every report and accept submitted ones
  "reses.periods.manage": OFFICE,
  "reses.reports.read": OFFICE,
  "reses.reports.accept": OFFICE,
  "pokir.verify": OFFICE,
  "pokir.finalize": OFFICE,
  "pokir.export": OFFICE,
  "pokir.periods.manage": ADMIN,
  "pokir.track": ALL,

  // Register surat
  "letter.read": OFFICE,
  "letter.register": OFFICE,
  "letter.dispose": OFFICE,
  "letter.outgoing.issue": OFFICE,
  "letter.disposisi.receive": ACCOUNTS,
  "letter.disposisi.read": ACCOUNTS,
  "letter.settings.manage": ADMIN,

  // E-Paper (letters born digital): office staff draft and initial; pimpinan (members) and the
  // Sekretaris DPRD sign; which letter is whose is checked in lib/letters/policy.ts.
  "epaper.read": ACCOUNTS,
  "epaper.draft": OFFICE,
  "epaper.paraf": OFFICE,
  "epaper.sign": ACCOUNTS,
  "epaper.send": OFFICE,
  "epaper.delegate": OFFICE,

  // e-Risalah
  "meeting.read": ACCOUNTS,
  "meeting.manage": OFFICE,
  "minutes.edit": OFFICE,
  "minutes.correct": MEMBER,
  "minutes.review": ACCOUNTS,
  "minutes.sign": ACCOUNTS,
  "minutes.publish": OFFICE,
  "meetingTypes.manage": ADMIN,
  "signers.manage": ADMIN,
  "minutes.verify": ALL,

  // Personal data (UU 27/2022)
  "privacy.request": ALL,
  "privacy.manage": OFFICE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * The permissions a read-only API token may use: each only reads data and changes nothing. Named
 * one by one (never guessed from the name: `pokir.verify` changes a pokir's status). Every other
 * permission in PERMISSIONS is a write and needs a write token; the unit test checks that every
 * permission is classified here or in WRITE_PERMISSIONS.
 */
export const READ_PERMISSIONS = [
  "portal.access",
  "office.access",
  "users.read",
  "reference.read",
  "audit.read",
  "outbox.read",
  "aspiration.track",
  "inbox.read",
  "pokir.memberList",
  "pokir.track",
  "reses.reports.read",
  "letter.read",
  "letter.disposisi.read",
  "epaper.read",
  "meeting.read",
  "minutes.verify",
] as const satisfies readonly Permission[];

/** The permissions that change something (or export personal data in bulk): never for a read-only token. */
export const WRITE_PERMISSIONS = [
  "account.self",
  "users.manage",
  "reference.manage",
  "apiTokens.manage",
  "aspiration.submit",
  "aspiration.logChannel",
  "aspiration.triage",
  "aspiration.export",
  "aspiration.respond",
  "aspiration.categories.manage",
  "pokir.submit",
  "pokir.adopt",
  "reses.manage",
  "reses.periods.manage",
  "reses.reports.accept",
  "pokir.verify",
  "pokir.finalize",
  "pokir.export",
  "pokir.periods.manage",
  "letter.register",
  "letter.dispose",
  "letter.outgoing.issue",
  "letter.disposisi.receive",
  "letter.settings.manage",
  "epaper.draft",
  "epaper.paraf",
  "epaper.sign",
  "epaper.send",
  "epaper.delegate",
  "meeting.manage",
  "minutes.edit",
  "minutes.correct",
  "minutes.review",
  "minutes.sign",
  "minutes.publish",
  "meetingTypes.manage",
  "signers.manage",
  "privacy.request",
  "privacy.manage",
] as const satisfies readonly Permission[];

const READ_SET: ReadonlySet<Permission> = new Set(READ_PERMISSIONS);

/** Whether a read-only API token may use the permission (explicit list above). */
export function isReadPermission(permission: Permission): boolean {
  return READ_SET.has(permission);
}

/** Whether a role may perform an action (pure; no scope rules). */
export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
