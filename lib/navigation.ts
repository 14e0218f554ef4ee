import type { Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  permission?: Permission;
  /** False while the service behind the link is not built yet: shown as "segera hadir", not linked. */
  ready: boolean;
}

export const PORTAL_NAV: NavItem[] = [
  { href: "/portal", label: "Beranda", ready: true },
  { href: "/portal/kotak-masuk", label: "Kotak Masuk", permission: "inbox.read", ready: true },
  { href: "/portal/pokir", label: "Pokir Saya", permission: "pokir.memberList", ready: true },
  { href: "/portal/reses", label: "Reses", permission: "reses.manage", ready: true },
  { href: "/portal/rapat", label: "Rapat Saya", permission: "meeting.read", ready: true },
  { href: "/portal/disposisi", label: "Disposisi Surat", permission: "letter.disposisi.receive", ready: true },
  { href: "/portal/tanda-tangan", label: "Tanda Tangan Surat", permission: "epaper.sign", ready: true },
  { href: "/portal/akun", label: "Akun Saya", permission: "account.self", ready: true },
];

export const OFFICE_NAV: NavItem[] = [
  { href: "/sekretariat", label: "Beranda", ready: true },
  { href: "/sekretariat/aspirasi", label: "Aspirasi (SIAP)", permission: "aspiration.triage", ready: true },
  { href: "/sekretariat/pokir", label: "e-Pokir", permission: "pokir.verify", ready: true },
  { href: "/sekretariat/surat/masuk", label: "Surat Masuk", permission: "letter.read", ready: true },
  { href: "/sekretariat/surat/keluar", label: "Surat Keluar", permission: "letter.read", ready: true },
  { href: "/sekretariat/disposisi", label: "Disposisi Saya", permission: "letter.disposisi.receive", ready: true },
  { href: "/sekretariat/risalah", label: "e-Risalah", permission: "meeting.manage", ready: true },
  { href: "/sekretariat/reses", label: "E-Reses", permission: "reses.reports.read", ready: true },
  { href: "/sekretariat/outbox", label: "Kotak Keluar Pesan", permission: "outbox.read", ready: true },
  { href: "/sekretariat/token", label: "Token API", permission: "apiTokens.manage", ready: true },
  { href: "/sekretariat/pengguna", label: "Pengguna", permission: "users.manage", ready: true },
  { href: "/sekretariat/referensi", label: "Data Referensi", permission: "reference.manage", ready: true },
  { href: "/sekretariat/audit", label: "Log Audit", permission: "audit.read", ready: true },
  { href: "/sekretariat/privasi", label: "Data Pribadi", permission: "privacy.manage", ready: true },
  { href: "/sekretariat/akun", label: "Akun Saya", permission: "account.self", ready: true },
];

/** The landing page of each role after login. */
export function homeFor(role: "member" | "staff" | "admin"): string {
  return role === "member" ? "/portal" : "/sekretariat";
}
