import "server-only";
import { env } from "@/lib/env";
import { notifyContact } from "@/lib/outbox/service";
import { db, type Db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { INSTRUCTION_LABELS, type Instruction } from "../constants";
import type { Person } from "./recipients";

/** Where a person opens a letter: members in the portal, staff in the back office. */
export function letterLinkFor(role: Person["role"], letterId: string): string {
  const base = env().APP_URL.replace(/\/$/, "");
  return role === "member" ? `${base}/portal/disposisi/${letterId}` : `${base}/sekretariat/surat/masuk/${letterId}`;
}

/**
 * E-mail every person of a new branch through the outbox (same transaction as the branch). A rahasia
 * letter's subject never goes into an e-mail: the recipient reads it after signing in.
 */
export async function notifyNewBranch(
  people: Person[],
  b: {
    letterId: string;
    agendaNumber: string;
    subject: string;
    rahasia: boolean;
    fromLabel: string;
    recipientLabel: string;
    instructions: Instruction[];
    note?: string;
    dueOn?: string;
  },
  tx: Db = db,
): Promise<number> {
  let n = 0;
  for (const p of people) {
    const lines = [
      `Yth. ${p.name},`,
      "",
      `Anda menerima disposisi surat (${b.recipientLabel}) dari ${b.fromLabel}.`,
      `Nomor agenda: ${b.agendaNumber}`,
      b.rahasia
        ? "Sifat: RAHASIA — perihal dan isi hanya dapat dibaca setelah masuk ke Si Dilan."
        : `Perihal: ${b.subject}`,
      `Instruksi: ${b.instructions.map((i) => INSTRUCTION_LABELS[i]).join(", ")}`,
      b.note && !b.rahasia ? `Catatan: ${b.note}` : null,
      b.dueOn ? `Batas waktu: ${formatDate(b.dueOn)}` : null,
      "",
      `Konfirmasi penerimaan dan laporkan tindak lanjut di: ${letterLinkFor(p.role, b.letterId)}`,
    ].filter((l) => l !== null);
    n += await notifyContact(
      { email: p.email },
      {
        subject: b.rahasia
          ? `Disposisi surat RAHASIA ${b.agendaNumber}`
          : `Disposisi surat ${b.agendaNumber}: ${b.subject.slice(0, 80)}`,
        body: lines.join("\n"),
        relatedType: "incoming_letter",
        relatedId: b.letterId,
      },
      tx,
    );
  }
  return n;
}

/** Tell the registrar that every branch of their letter is closed. */
export async function notifyLetterDone(
  registrar: Person,
  letter: { id: string; agendaNumber: string },
  tx: Db = db,
): Promise<void> {
  await notifyContact(
    { email: registrar.email },
    {
      subject: `Surat ${letter.agendaNumber} selesai ditindaklanjuti`,
      body: `Yth. ${registrar.name},\n\nSeluruh cabang disposisi surat nomor agenda ${letter.agendaNumber} telah ditutup. Status surat kini Selesai.\n\n${letterLinkFor(registrar.role, letter.id)}`,
      relatedType: "incoming_letter",
      relatedId: letter.id,
    },
    tx,
  );
}
