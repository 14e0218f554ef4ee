import "server-only";
import { randomInt } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import QRCode from "qrcode";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { site } from "@/lib/site";
import { CODE_ALPHABET } from "@/lib/tracking/code";
import { meetingGuests, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { parseStoredContent } from "./content";
import { meetingLabels } from "./drafts";
import type { MinutesPdfData } from "./pdf/render";
import { parseRichText } from "./rich-text";
import { attendanceList } from "./queries";
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  quorumFromAttendance,
  type AttendanceStatus,
  type QuorumRule,
} from "./quorum";
import type { MeetingScope } from "./access";

/** A verification code like `RSL-7KX9-Q2MD` (8 symbols from the tracking-code alphabet, CSPRNG). */
export function newDocumentCode(): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `RSL-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Normalise a typed or scanned verification code, or null when it cannot be one. */
export function normalizeDocumentCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s_.-]/g, "");
  const m = /^RSL([A-Z0-9]{8})$/.exec(raw);
  if (!m || [...m[1]].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return `RSL-${m[1].slice(0, 4)}-${m[1].slice(4)}`;
}

/** The public verification URL printed and encoded in the QR code. */
export function verifyUrl(code: string): string {
  return `${env().APP_URL.replace(/\/$/, "")}/verifikasi/${code}`;
}

const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

/** "Senin, 9 November 2026" for a YYYY-MM-DD date. */
export function dayDate(iso: string): string {
  return `${DAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()]}, ${formatDate(iso)}`;
}

const hhmm = (t: string | null | undefined) => (t ? t.slice(0, 5).replace(":", ".") : null);

/** Gather and format everything the PDF shows, from the meeting record and the locked content. */
export async function buildPdfData(
  scope: MeetingScope,
  opts: { code: string; documentVersion: number; correction: { supersedesCode: string; reason: string } | null },
  tx: Db = db,
): Promise<MinutesPdfData> {
  const m = scope.meeting;
  const labels = await meetingLabels(m.id, tx);
  const content = parseStoredContent(scope.minutes.content, labels.agendaIds);
  const attendance = await attendanceList(m.id, tx);
  const [chair] = await tx
    .select({ name: users.name, position: users.position })
    .from(users)
    .where(eq(users.id, m.chairId));
  const [secretary] = await tx
    .select({ name: users.name, nip: users.nip, position: users.position })
    .from(users)
    .where(eq(users.id, m.secretaryId));
  const quorum = quorumFromAttendance(m.quorumRule as QuorumRule, attendance as { status: AttendanceStatus | null }[]);
  const counts = new Map<string, number>();
  for (const a of attendance) counts.set(a.status ?? "belum", (counts.get(a.status ?? "belum") ?? 0) + 1);
  const summary = ATTENDANCE_STATUSES.map((s) => `${ATTENDANCE_LABELS[s].toLowerCase()} ${counts.get(s) ?? 0}`);
  if (counts.get("belum")) summary.push(`tidak tercatat ${counts.get("belum")}`);
  const speakerName = new Map(labels.speakers.map((s) => [s.ref, s.label.replace(/ \(tidak tercatat hadir\)$/, "")]));
  const url = verifyUrl(opts.code);
  const opened = hhmm(content.openedAt) ?? hhmm(m.startTime);
  const closed = hhmm(content.closedAt) ?? hhmm(m.endTime);
  return {
    code: opts.code,
    verifyUrl: url,
    qrDataUrl: await QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 240 }),
    documentVersion: opts.documentVersion,
    correction: opts.correction,
    council: {
      name: "DEWAN PERWAKILAN RAKYAT DAERAH KOTA BALIKPAPAN",
      secretariat: site.name,
      address: site.addressLines.join(", "),
    },
    meeting: {
      title: m.title,
      typeName: m.typeName,
      natureLabel: m.nature === "terbuka" ? "Terbuka" : "Tertutup",
      dayDate: dayDate(m.date),
      time: `dibuka pukul ${opened} WITA${closed ? `, ditutup pukul ${closed} WITA` : ""}`,
      place: m.place,
      chairName: chair
        ? `${chair.name}${chair.position && chair.position !== "Anggota" ? ` (${chair.position})` : ""}`
        : "—",
      secretaryName: secretary?.name ?? "—",
      agenda: labels.agenda.map((a) => a.title),
    },
    attendanceSummary: `${summary.join(", ")} — jumlah ${attendance.length} anggota`,
    quorumStatement: quorum.statement,
    attendance: attendance.map((a) => ({
      name: a.name,
      fraksi: a.fraksi,
      status: a.status ? ATTENDANCE_LABELS[a.status as AttendanceStatus] : "Tidak tercatat",
      arrivedAt: hhmm(a.arrivedAt),
    })),
    guests: await tx
      .select({ name: meetingGuests.name, institution: meetingGuests.institution, role: meetingGuests.role })
      .from(meetingGuests)
      .where(eq(meetingGuests.meetingId, m.id))
      .orderBy(asc(meetingGuests.position)),
    opening: parseRichText(content.opening),
    items: content.items.map((it) => ({
      title: labels.agenda.find((a) => a.id === it.agendaItemId)?.title ?? "",
      proceedings: it.proceedings.map((p) => ({
        speaker: speakerName.get(p.speaker) ?? "—",
        summary: parseRichText(p.summary),
      })),
      decisions: parseRichText(it.decisions),
    })),
    closing: parseRichText(content.closing),
    signers: {
      chair: { name: chair?.name ?? "—", detail: chair?.position ?? undefined },
      secretary: {
        name: secretary?.name ?? "—",
        detail: secretary?.nip ? `NIP ${secretary.nip}` : (secretary?.position ?? undefined),
      },
    },
  };
}
