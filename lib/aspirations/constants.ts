import { MAX_FILES } from "@/lib/attachments/limits";
/** Aspiration statuses and the rules between them (pure; shared by server and client code). */
export const ASPIRATION_STATUSES = [
  "diterima",
  "diverifikasi",
  "ditindaklanjuti",
  "selesai",
  "ditolak",
  "dialihkan",
  "digabung",
] as const;
export type AspirationStatus = (typeof ASPIRATION_STATUSES)[number];

export const STATUS_LABELS: Record<AspirationStatus, string> = {
  diterima: "Diterima",
  diverifikasi: "Diverifikasi",
  ditindaklanjuti: "Ditindaklanjuti",
  selesai: "Selesai",
  ditolak: "Ditolak",
  dialihkan: "Dialihkan",
  digabung: "Digabung",
};

export const STATUS_TONES: Record<AspirationStatus, "slate" | "blue" | "green" | "amber" | "red"> = {
  diterima: "slate",
  diverifikasi: "blue",
  ditindaklanjuti: "amber",
  selesai: "green",
  ditolak: "red",
  dialihkan: "amber",
  digabung: "slate",
};

export const CHANNELS = ["web", "api", "whatsapp", "email", "telepon", "tatap_muka", "surat"] as const;
export type AspirationChannel = (typeof CHANNELS)[number];
/** Channels staff log by hand (a call, a walk-in, a letter). */
export const STAFF_CHANNELS = ["telepon", "tatap_muka", "surat"] as const;

export const CHANNEL_LABELS: Record<AspirationChannel, string> = {
  web: "Situs web",
  api: "API",
  whatsapp: "WhatsApp",
  email: "Email",
  telepon: "Telepon",
  tatap_muka: "Tatap muka",
  surat: "Surat",
};

/** Outside agencies an aspiration can be handed over to (dialihkan). */
export const EXTERNAL_AGENCIES = [
  "SP4N-LAPOR!",
  "OPD Pemerintah Kota Balikpapan",
  "Instansi vertikal",
  "Lainnya",
] as const;

/**
 * Allowed transitions: diterima → diverifikasi → ditindaklanjuti → selesai; side exits
 * ditolak / dialihkan from the open states; digabung only through a merge; selesai → ditindaklanjuti
 * only through the citizen's reopen.
 */
const TRANSITIONS: Record<AspirationStatus, readonly AspirationStatus[]> = {
  diterima: ["diverifikasi", "ditolak", "dialihkan", "digabung"],
  diverifikasi: ["ditindaklanjuti", "selesai", "ditolak", "dialihkan", "digabung"],
  ditindaklanjuti: ["selesai", "dialihkan", "digabung"],
  selesai: [],
  ditolak: [],
  dialihkan: [],
  digabung: [],
};

/** Whether staff may move an aspiration from one status to another. */
export function canTransition(from: AspirationStatus, to: AspirationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses an aspiration can move to from `from`. */
export function nextStatuses(from: AspirationStatus): readonly AspirationStatus[] {
  return TRANSITIONS[from];
}

/** Statuses shown on the public list (verified, not merged away). */
export const PUBLIC_STATUSES: readonly AspirationStatus[] = ["diverifikasi", "ditindaklanjuti", "selesai", "dialihkan"];

/** Statuses a member can see (the shared visibility rule with the inbox). */
export const MEMBER_HIDDEN_STATUSES: readonly AspirationStatus[] = ["diterima", "ditolak", "digabung"];

/** The aspiration statuses a member can ever see (the complement of MEMBER_HIDDEN_STATUSES). */
export const MEMBER_VISIBLE_ASPIRATION_STATUSES: readonly AspirationStatus[] = ASPIRATION_STATUSES.filter(
  (s) => !MEMBER_HIDDEN_STATUSES.includes(s),
);

/** Days after selesai within which the citizen may rate and reopen. */
export const FEEDBACK_DAYS = 14;

/** LAPOR! service levels in working days. */
export const SLA_VERIFY_DAYS = 3;
export const SLA_FIRST_ANSWER_DAYS = 5;

export const MAX_ATTACHMENTS = MAX_FILES;

/** Whether the rating/reopen window is still open at `now`. */
export function feedbackOpen(closedAt: Date | null, now: Date = new Date()): boolean {
  if (!closedAt) return false;
  return now.getTime() - closedAt.getTime() <= FEEDBACK_DAYS * 24 * 3600 * 1000;
}
