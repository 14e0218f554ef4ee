import { filesFromJsonBody } from "@/lib/attachments/json-files";
import type { IncomingFile } from "@/lib/attachments/service";
import { errors } from "@/lib/errors";
import type { IncomingDetail } from "./incoming-detail";
import type { OutgoingDetail } from "./outgoing-read";
import { listQuerySchema, type ListQuery } from "./schema";
import { fieldErrorsOf } from "@/lib/validation";

/** Split a JSON body into letter fields and decoded files (`scans` or `lampiran`: [{ name, contentBase64 }]). */
export function filesFromBody(
  body: unknown,
  field: "scans" | "lampiran",
): { fields: Record<string, unknown>; files: IncomingFile[] } {
  return filesFromJsonBody(body, field);
}

/** Strict list filters for the API: a bad filter is a 422, not silently ignored. */
export function apiListQuery(url: string): ListQuery {
  const params = Object.fromEntries(new URL(url).searchParams.entries());
  const r = listQuerySchema.safeParse(params);
  if (!r.success) throw errors.validation(fieldErrorsOf(r.error), "Parameter pencarian tidak valid.");
  return r.data;
}

const fileDto = (a: { id: string; fileName: string; mimeType: string; size: number; sha256: string }) => ({
  id: a.id,
  fileName: a.fileName,
  mimeType: a.mimeType,
  size: a.size,
  sha256: a.sha256,
  url: `/api/v1/lampiran/${a.id}`,
});

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
    disposisi: d.branches.map((b) => ({
      id: b.id,
      parentId: b.parentId,
      from: b.fromLabel,
      to: b.recipientLabel,
      instructions: b.instructions,
      note: b.note,
      dueOn: b.dueOn,
      status: b.status,
      overdue: b.overdue,
      receivedAt: b.receivedAt,
      closedAt: b.closedAt,
    })),
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
