import type { z } from "zod";
import type { attachmentRefSchema } from "@/lib/attachments/api-schema";
import { filesFromJsonBody } from "@/lib/attachments/json-files";
import type { AttachmentMeta, IncomingFile } from "@/lib/attachments/service";
import { errors } from "@/lib/errors";
import type {
  incomingDetailSchema,
  incomingListResponseSchema,
  incomingRegisteredSchema,
  outgoingDetailSchema,
  outgoingDraftCreatedSchema,
  outgoingListResponseSchema,
} from "./api-schema";
import type { IncomingListItem } from "./incoming";
import type { IncomingDetail } from "./incoming-detail";
import type { OutgoingDetail, OutgoingListItem } from "./outgoing-read";
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

const fileDto = (a: AttachmentMeta): z.output<typeof attachmentRefSchema> => ({
  id: a.id,
  fileName: a.fileName,
  mimeType: a.mimeType,
  size: a.size,
  sha256: a.sha256,
  url: `/api/v1/lampiran/${a.id}`,
});

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The API view of a page of incoming letters (GET /api/v1/surat/masuk). */
export function incomingListDto(p: Page<IncomingListItem>): z.output<typeof incomingListResponseSchema> {
  return {
    ...p,
    items: p.items.map((i) => ({
      id: i.id,
      agendaNumber: i.agendaNumber,
      receivedOn: i.receivedOn,
      senderNumber: i.senderNumber,
      senderDate: i.senderDate,
      sender: i.sender,
      subject: i.subject,
      nature: i.nature,
      classificationCode: i.classificationCode,
      addressee: i.addressee,
      status: i.status,
      overdue: i.overdue,
    })),
  };
}

/** The answer to a registered incoming letter; `url` is also its Location. */
export function incomingRegisteredDto(r: {
  id: string;
  agendaNumber: string;
}): z.output<typeof incomingRegisteredSchema> {
  return { id: r.id, agendaNumber: r.agendaNumber, url: `/api/v1/surat/masuk/${r.id}` };
}

/** The API view of an incoming letter: no user ids, e-mails or internal columns. */
export function incomingDto(d: IncomingDetail): z.output<typeof incomingDetailSchema> {
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

/** The API view of a page of outgoing letters (GET /api/v1/surat/keluar). */
export function outgoingListDto(p: Page<OutgoingListItem>): z.output<typeof outgoingListResponseSchema> {
  return {
    ...p,
    items: p.items.map((i) => ({
      id: i.id,
      number: i.number,
      letterDate: i.letterDate,
      subject: i.subject,
      recipients: i.recipients,
      nature: i.nature,
      classificationCode: i.classificationCode,
      signer: i.signer,
      status: i.status,
      createdAt: i.createdAt,
    })),
  };
}

/** The answer to a new outgoing draft; `url` is also its Location. */
export function outgoingDraftCreatedDto(r: { id: string }): z.output<typeof outgoingDraftCreatedSchema> {
  return { id: r.id, status: "draf", url: `/api/v1/surat/keluar/${r.id}` };
}

/** The API view of an outgoing letter. */
export function outgoingDto(d: OutgoingDetail): z.output<typeof outgoingDetailSchema> {
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
