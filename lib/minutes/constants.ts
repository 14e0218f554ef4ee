/** Who makes up a meeting's body (the meeting_body_kind enum). */
export const MEETING_BODY_KINDS = ["semua", "pimpinan", "komisi", "gabungan_komisi", "daftar"] as const;
export type MeetingBodyKind = (typeof MEETING_BODY_KINDS)[number];
