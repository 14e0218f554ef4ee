import { MAX_JSON_BODY_BYTES } from "@/lib/attachments/limits";
import { z } from "zod";
import type { IncomingFile } from "@/lib/attachments/service";
import { errors } from "@/lib/errors";
import type { IncomingDetail } from "./incoming-detail";
import { MAX_SCANS } from "./incoming";
import type { OutgoingDetail } from "./outgoing-read";
import { issuesToFieldErrors, listQuerySchema, type ListQuery } from "./schema";

/** Largest JSON body: MAX_FILES files of MAX_FILE_BYTES in base64 plus the fields. */
export const MAX_API_BODY = MAX_JSON_BODY_BYTES;

const scanSchema = z.object({
  name: z.string({ error: "Nama berkas wajib diisi." }).trim().min(1, "Nama berkas wajib diisi.").max(200, "Nama berkas maksimal 200 karakter."),
  contentBase64: z.string({ error: "Isi berkas (base64) wajib diisi." }).regex(/^[A-Za-z0-9+/\r\n]*={0,2}$/, "Isi berkas bukan base64 yang sah."),
});

/** Split a JSON body into letter fields and decoded files (`scans` or `lampiran`: [{ name, contentBase64 }]). */
export function filesFromBody(body: unknown, field: "scans" | "lampiran"): { fields: Record<string, unknown>; files: IncomingFile[] } {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw errors.badRequest("Isi permintaan harus berupa objek JSON.");
  const { [field]: raw, ...fields } = body as Record<string, unknown>;
  if (raw === undefined || raw === null) return { fields, files: [] };
  const r = z.array(scanSchema, { error: `${field} harus berupa daftar berkas.` }).max(MAX_SCANS, `Paling banyak ${MAX_SCANS} berkas.`).safeParse(raw);
  if (!r.success) throw errors.validation(Object.fromEntries(Object.entries(issuesToFieldErrors(r.error)).map(([k, v]) => [`${field}.${k}`.replace(/\._form$/, ""), v])));
  return { fields, files: r.data.map((s) => ({ name: s.name, data: Buffer.from(s.contentBase64, "base64") })) };
}

/** Strict list filters for the API: a bad filter is a 422, not silently ignored. */
export function apiListQuery(url: string): ListQuery {
  const params = Object.fromEntries(new URL(url).searchParams.entries());
  const r = listQuerySchema.safeParse(params);
  if (!r.success) throw errors.validation(issuesToFieldErrors(r.error), "Parameter pencarian tidak valid.");
  return r.data;
}

const fileDto = (a: { id: string; fileName: string; mimeType: string; size: number; sha256: string }) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, sha256: a.sha256, url: `/api/v1/lampiran/${a.id}` });

/** The API view of an incoming letter: no user ids, e-mails or internal columns. */
export function incomingDto(d: IncomingDetail) {
  const l = d.letter;
  return {
    id: l.id,
    agendaNumber: l.agendaNumber,
    receivedOn: l.receivedOn,
    senderNumber: l.senderNumber,
    senderDate: l.senderDate,
    sender: l.sender,
    subject: l.subject,
    nature: l.nature,
    classificationCode: l.classificationCode,
    summary: l.summary,
    addressee: l.addressee,
    status: l.status,
    registeredBy: l.registrarName,
    createdAt: l.createdAt,
    version: l.version,
    scans: d.attachments.map(fileDto),
    disposisi: d.branches.map((b) => ({ id: b.id, parentId: b.parentId, from: b.fromLabel, to: b.recipientLabel, instructions: b.instructions, note: b.note, dueOn: b.dueOn, status: b.status, overdue: b.overdue, receivedAt: b.receivedAt, closedAt: b.closedAt })),
  };
}

/** The API view of an outgoing letter. */
export function outgoingDto(d: OutgoingDetail) {
  const { letter: l } = d;
  return {
    id: l.id,
    number: l.number,
    letterDate: l.letterDate,
    status: l.status,
    subject: l.subject,
    recipients: l.recipients.split("\n").filter((x) => x.trim()),
    copies: (l.copies ?? "").split("\n").filter((x) => x.trim()),
    classificationCode: l.classificationCode,
    nature: l.nature,
    signer: l.signer,
    summary: l.summary,
    register: l.registerName,
    replyTo: d.replyTo ? { id: d.replyTo.id, agendaNumber: d.replyTo.agendaNumber } : null,
    issuedAt: l.issuedAt,
    attachments: d.attachments.map(fileDto),
  };
}
