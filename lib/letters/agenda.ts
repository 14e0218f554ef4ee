import "server-only";
import { and, asc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { disposisi, incomingLetters, letterNumbers, letterRegisters, outgoingLetters } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { INCOMING_STATUS_LABELS, NATURE_LABELS } from "./constants";
import { incomingVisibleTo, outgoingVisibleTo } from "./policy";
import { dateField } from "./schema";
import { parseInput } from "@/lib/validation";

export const MAX_AGENDA_ROWS = 5000;

export const agendaQuerySchema = z
  .object({
    jenis: z.enum(["masuk", "keluar"], { error: "Pilih jenis buku agenda: masuk atau keluar." }),
    dari: dateField("Tanggal awal"),
    sampai: dateField("Tanggal akhir"),
    format: z.enum(["xlsx", "pdf"], { error: "Pilih format: xlsx atau pdf." }).default("xlsx"),
  })
  .refine((v) => v.dari <= v.sampai, { path: ["sampai"], message: "Tanggal akhir tidak boleh sebelum tanggal awal." });
export type AgendaQuery = z.output<typeof agendaQuerySchema>;

export interface AgendaRow {
  number: string;
  /** Received date (incoming) or letter date (outgoing). */
  date: string | null;
  senderNumber?: string;
  senderDate?: string;
  /** Sender (incoming) or recipients (outgoing). */
  party: string;
  subject: string;
  nature: string;
  classificationCode: string;
  /** Addressee and disposition (incoming) or signer (outgoing). */
  handling: string;
  status: string;
}

export interface AgendaBook {
  direction: "masuk" | "keluar";
  from: string;
  to: string;
  rows: AgendaRow[];
}

const NUMBER_STATE = { dicadangkan: "Dicadangkan", dibatalkan: "Cadangan dibatalkan" } as const;

async function incomingRows(db: Db, me: Actor, q: AgendaQuery): Promise<AgendaRow[]> {
  const letters = await db
    .select({
      id: incomingLetters.id,
      number: incomingLetters.agendaNumber,
      date: incomingLetters.receivedOn,
      senderNumber: incomingLetters.senderNumber,
      senderDate: incomingLetters.senderDate,
      party: incomingLetters.sender,
      subject: incomingLetters.subject,
      nature: incomingLetters.nature,
      classificationCode: incomingLetters.classificationCode,
      addressee: incomingLetters.addressee,
      status: incomingLetters.status,
    })
    .from(incomingLetters)
    .where(
      and(incomingVisibleTo(me), gte(incomingLetters.receivedOn, q.dari), lte(incomingLetters.receivedOn, q.sampai)),
    )
    .orderBy(asc(incomingLetters.agendaYear), asc(incomingLetters.agendaSeq))
    .limit(MAX_AGENDA_ROWS + 1);
  if (letters.length > MAX_AGENDA_ROWS)
    throw errors.validation({
      dari: [`Lebih dari ${MAX_AGENDA_ROWS} surat dalam rentang ini. Persempit rentang tanggal.`],
    });
  const ids = letters.map((l) => l.id);
  const roots = ids.length
    ? await db
        .select({ letterId: disposisi.letterId, label: disposisi.recipientLabel })
        .from(disposisi)
        .where(and(inArray(disposisi.letterId, ids), isNull(disposisi.parentId)))
        .orderBy(asc(disposisi.createdAt))
    : [];
  const byLetter = new Map<string, string[]>();
  for (const r of roots) byLetter.set(r.letterId, [...(byLetter.get(r.letterId) ?? []), r.label]);
  return letters.map(({ id, addressee, ...l }) => ({
    ...l,
    nature: NATURE_LABELS[l.nature],
    status: INCOMING_STATUS_LABELS[l.status],
    handling: [addressee, ...(byLetter.has(id) ? [`Disposisi: ${byLetter.get(id)!.join("; ")}`] : [])].join("\n"),
  }));
}

async function outgoingRows(db: Db, me: Actor, q: AgendaQuery): Promise<AgendaRow[]> {
  // Every number of the outgoing registers in the range, reservations included, so the book shows
  // the register is gap-free; letters the actor may not see (rahasia) are left out entirely.
  const rows = await db
    .select({
      number: letterNumbers.number,
      date: letterNumbers.letterDate,
      numberStatus: letterNumbers.status,
      reservedFor: letterNumbers.reservedFor,
      cancelReason: letterNumbers.cancelReason,
      numberClassification: letterNumbers.classificationCode,
      letterId: outgoingLetters.id,
      party: outgoingLetters.recipients,
      subject: outgoingLetters.subject,
      nature: outgoingLetters.nature,
      classificationCode: outgoingLetters.classificationCode,
      signer: outgoingLetters.signer,
      status: outgoingLetters.status,
    })
    .from(letterNumbers)
    .innerJoin(letterRegisters, eq(letterRegisters.id, letterNumbers.registerId))
    .leftJoin(outgoingLetters, eq(outgoingLetters.numberId, letterNumbers.id))
    .where(
      and(
        eq(letterRegisters.direction, "keluar"),
        gte(letterNumbers.letterDate, q.dari),
        lte(letterNumbers.letterDate, q.sampai),
        or(isNull(outgoingLetters.id), outgoingVisibleTo(me)),
      ),
    )
    .orderBy(asc(letterNumbers.registerId), asc(letterNumbers.year), asc(letterNumbers.seq))
    .limit(MAX_AGENDA_ROWS + 1);
  if (rows.length > MAX_AGENDA_ROWS)
    throw errors.validation({
      dari: [`Lebih dari ${MAX_AGENDA_ROWS} nomor dalam rentang ini. Persempit rentang tanggal.`],
    });
  return rows.map((r) =>
    r.letterId
      ? {
          number: r.number,
          date: r.date,
          party: r.party ?? "",
          subject: r.subject ?? "",
          nature: r.nature ? NATURE_LABELS[r.nature] : "",
          classificationCode: r.classificationCode ?? "",
          handling: r.signer ?? "",
          status: r.status === "dibatalkan" ? "Dibatalkan" : "Terbit",
        }
      : {
          number: r.number,
          date: r.date,
          party: "",
          subject:
            r.numberStatus === "dibatalkan"
              ? `Dibatalkan: ${r.cancelReason ?? ""}`
              : `Cadangan: ${r.reservedFor ?? ""}`,
          nature: "",
          classificationCode: r.numberClassification ?? "",
          handling: "",
          status: NUMBER_STATE[r.numberStatus as keyof typeof NUMBER_STATE] ?? r.numberStatus,
        },
  );
}

/** The agenda book of a date range, scoped by the rahasia rules; the export is audited. */
export async function agendaBook(
  actor: Actor | null,
  input: unknown,
  tx: Db = db,
): Promise<AgendaBook & { format: "xlsx" | "pdf" }> {
  const me = await requirePermission(actor, "letter.read", tx);
  const q = parseInput(agendaQuerySchema, input);
  const rows = q.jenis === "masuk" ? await incomingRows(tx, me, q) : await outgoingRows(tx, me, q);
  await writeAudit(
    {
      actor: me,
      action: "letter.agenda.export",
      entityType: "letter_register",
      entityId: q.jenis,
      detail: { from: q.dari, to: q.sampai, format: q.format, rows: rows.length },
    },
    tx,
  );
  return { direction: q.jenis, from: q.dari, to: q.sampai, rows, format: q.format };
}
