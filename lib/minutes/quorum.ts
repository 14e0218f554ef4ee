/** Quorum rules of UU 23/2014 art. 183. */
export const QUORUM_RULES = ["lebih_setengah", "dua_pertiga", "tiga_perempat"] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

export const QUORUM_LABELS: Record<QuorumRule, string> = {
  lebih_setengah: "> 1/2",
  dua_pertiga: "≥ 2/3",
  tiga_perempat: "≥ 3/4",
};

export const QUORUM_DESCRIPTIONS: Record<QuorumRule, string> = {
  lebih_setengah: "Lebih dari 1/2 anggota (rapat paripurna biasa, rapat alat kelengkapan)",
  dua_pertiga: "Paling sedikit 2/3 anggota (persetujuan Perda/APBD)",
  tiga_perempat: "Paling sedikit 3/4 anggota (hak angket, hak menyatakan pendapat, usul pemberhentian kepala daerah)",
};

/**
 * Smallest number of members present that meets the rule, in integer arithmetic (no rounding
 * surprises): > 1/2 of 45 = 23, ≥ 2/3 of 45 = 30, ≥ 3/4 of 45 = 34.
 */
export function requiredForQuorum(rule: QuorumRule, members: number): number {
  if (!Number.isInteger(members) || members < 0) throw new RangeError("jumlah anggota tidak valid");
  switch (rule) {
    case "lebih_setengah":
      return Math.floor(members / 2) + 1;
    case "dua_pertiga":
      return Math.ceil((2 * members) / 3);
    case "tiga_perempat":
      return Math.ceil((3 * members) / 4);
  }
}

export interface QuorumResult {
  rule: QuorumRule;
  present: number;
  members: number;
  required: number;
  met: boolean;
  /** The plain statement shown live and written into the minutes. */
  statement: string;
}

/** Whether `present` of `members` meets the rule, with the statement for the minutes. */
export function evaluateQuorum(rule: QuorumRule, present: number, members: number): QuorumResult {
  const required = requiredForQuorum(rule, members);
  const met = members > 0 && present >= required;
  const statement =
    members === 0
      ? "Kuorum tidak dapat dihitung: badan rapat ini belum memiliki anggota."
      : `Kuorum ${met ? "tercapai" : "tidak tercapai"}: ${present} dari ${members} (${QUORUM_LABELS[rule]} = ${required} diperlukan)`;
  return { rule, present, members, required, met, statement };
}

export const ATTENDANCE_STATUSES = ["hadir", "izin", "sakit", "dinas_luar", "alpa"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  hadir: "Hadir",
  izin: "Izin",
  sakit: "Sakit",
  dinas_luar: "Dinas luar",
  alpa: "Alpa",
};

/** Quorum from attendance rows: only "hadir" counts; every body member counts in the total. */
export function quorumFromAttendance(rule: QuorumRule, rows: { status: AttendanceStatus | null }[]): QuorumResult {
  return evaluateQuorum(rule, rows.filter((r) => r.status === "hadir").length, rows.length);
}
