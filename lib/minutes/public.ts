import "server-only";
import { and, asc, desc, eq, gte, ilike, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { allowPermission, logDenied } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import {
  meetingAttendance,
  meetings,
  meetingTypes,
  minutes,
  minutesDocuments,
  minutesSignatures,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { canSeeDocument, documentPublicWhere, isOffice, publiclyVisible } from "./policy";
import type { verifiedMinutesSchema } from "./api-schema";
import { normalizeDocumentCode } from "./pdf-data";

const docColumns = {
  id: minutesDocuments.id,
  code: minutesDocuments.code,
  documentVersion: minutesDocuments.documentVersion,
  sha256: minutesDocuments.sha256,
  size: minutesDocuments.size,
  pageCount: minutesDocuments.pageCount,
  completedAt: minutesDocuments.completedAt,
  supersededAt: minutesDocuments.supersededAt,
  publishedAt: minutesDocuments.publishedAt,
  correctionReason: minutesDocuments.correctionReason,
  minutesId: minutesDocuments.minutesId,
  meetingId: meetings.id,
  title: meetings.title,
  date: meetings.date,
  nature: meetings.nature,
  chairId: meetings.chairId,
  secretaryId: meetings.secretaryId,
  typeName: meetingTypes.name,
};

async function selectDoc(db: Db, where: SQL, withPdf = false) {
  const [row] = await db
    // The bytes come along only for downloads, in the same query as the visibility data.
    .select({ ...docColumns, pdf: withPdf ? minutesDocuments.pdf : sql<Buffer | null>`null` })
    .from(minutesDocuments)
    .innerJoin(minutes, eq(minutes.id, minutesDocuments.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .innerJoin(meetingTypes, eq(meetingTypes.id, meetings.typeId))
    .where(where);
  return row ?? null;
}

type DocRow = NonNullable<Awaited<ReturnType<typeof selectDoc>>>;

/** The rule of lib/minutes/policy.ts for one document; the attendance list is read only when it matters. */
async function visibleTo(db: Db, actor: Actor | null, d: DocRow): Promise<boolean> {
  const facts = { ...d, attendeeIds: [] as string[] };
  if (canSeeDocument(actor, facts) || !actor) return canSeeDocument(actor, facts);
  const rows = await db
    .select({ u: meetingAttendance.userId })
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.meetingId, d.meetingId), eq(meetingAttendance.userId, actor.id)));
  return canSeeDocument(actor, { ...facts, attendeeIds: rows.map((r) => r.u) });
}

/** Find a document by id or verification code, if the actor may see it; else null (a 404 upstream). */
export async function findVisibleDocument(
  actor: Actor | null,
  idOrCode: string,
  opts: { withPdf?: boolean } = {},
  tx: Db = db,
): Promise<DocRow | null> {
  const code = normalizeDocumentCode(idOrCode);
  const byId = z.uuid().safeParse(idOrCode).success;
  if (!code && !byId) return null;
  const row = await selectDoc(
    tx,
    code ? eq(minutesDocuments.code, code) : eq(minutesDocuments.id, idOrCode),
    opts.withPdf,
  );
  if (!row) return null;
  if (!(await visibleTo(tx, actor, row))) {
    await logDenied(actor, "minutes.document", { type: "minutes_document", id: row.id }, tx);
    return null;
  }
  return row;
}

type PdfInfo = { id: string; fileName: string; sha256: string | null; complete: boolean; isPublic: boolean };

/**
 * The stored bytes of a document for download (never re-rendered), with what the response needs:
 * name, hash, completeness, and whether anyone may keep a copy. When `unless(sha256)` says the
 * client's copy is current, the bytes are not read (`data` is null: answer 304).
 */
/**
 * Public signed PDFs read by anonymous visitors, per instance, for a minute: a withdrawal or a new
 * version shows within the minute here (proxies may keep the bytes for a day anyway, see the route).
 */
const PUBLIC_PDF_TTL_MS = 60_000;
const PUBLIC_PDF_CACHE_MAX = 32;
const publicPdfCache = new Map<string, { at: number; info: PdfInfo; data: Buffer }>();

/** Forget the cached public PDFs (tests; after a withdrawal). */
export function clearPublicPdfCache(): void {
  publicPdfCache.clear();
}

export async function readDocumentPdf(
  actor: Actor | null,
  idOrCode: string,
  unless?: undefined,
  tx?: Db,
): Promise<PdfInfo & { data: Buffer }>;
export async function readDocumentPdf(
  actor: Actor | null,
  idOrCode: string,
  unless: (sha256: string) => boolean,
  tx?: Db,
): Promise<PdfInfo & { data: Buffer | null }>;
export async function readDocumentPdf(
  actor: Actor | null,
  idOrCode: string,
  unless?: (sha256: string) => boolean,
  tx: Db = db,
) {
  await allowPermission(actor, "minutes.verify", tx);
  // Anonymous downloads of a published, signed document: its bytes never change (their hash is the
  // ETag), so this instance keeps them briefly instead of reading the row on every request.
  const hit = actor ? undefined : publicPdfCache.get(idOrCode);
  if (hit && Date.now() - hit.at < PUBLIC_PDF_TTL_MS && tx === db) {
    return { ...hit.info, data: hit.info.sha256 && unless?.(hit.info.sha256) ? null : hit.data };
  }
  const meta = await findVisibleDocument(actor, idOrCode, undefined, tx);
  if (!meta) throw errors.notFound("Dokumen risalah");
  const slug =
    meta.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "risalah";
  const info: PdfInfo = {
    id: meta.id,
    fileName: `risalah-${slug}-${meta.code}${meta.completedAt ? "" : "-belum-lengkap"}.pdf`,
    sha256: meta.sha256,
    complete: Boolean(meta.completedAt),
    isPublic: publiclyVisible(meta),
  };
  if (info.complete && info.sha256 && unless?.(info.sha256)) return { ...info, data: null };
  const [row] = await tx
    .select({ pdf: minutesDocuments.pdf })
    .from(minutesDocuments)
    .where(eq(minutesDocuments.id, meta.id));
  if (!row?.pdf) throw errors.notFound("Dokumen risalah");
  if (!actor && info.complete && info.isPublic && tx === db) {
    if (publicPdfCache.size >= PUBLIC_PDF_CACHE_MAX) publicPdfCache.clear();
    publicPdfCache.set(idOrCode, { at: Date.now(), info, data: row.pdf });
  }
  return { ...info, data: row.pdf };
}

/** What /verifikasi/{code} shows: the document, its meeting, signers, and whether it is current. */
export async function documentInfo(
  actor: Actor | null,
  code: string,
  tx: Db = db,
): Promise<z.output<typeof verifiedMinutesSchema>> {
  await allowPermission(actor, "minutes.verify", tx);
  const doc = await findVisibleDocument(actor, code, undefined, tx);
  if (!doc || !doc.completedAt) throw errors.notFound("Dokumen risalah");
  const signatures = await tx
    .select({
      role: minutesSignatures.role,
      name: minutesSignatures.signerName,
      signedAt: minutesSignatures.signedAt,
      issuer: minutesSignatures.certificateIssuer,
    })
    .from(minutesSignatures)
    .where(eq(minutesSignatures.documentId, doc.id))
    .orderBy(asc(minutesSignatures.signedAt));
  const versions = await tx
    .select({
      code: minutesDocuments.code,
      documentVersion: minutesDocuments.documentVersion,
      publishedAt: minutesDocuments.publishedAt,
      completedAt: minutesDocuments.completedAt,
      supersededAt: minutesDocuments.supersededAt,
    })
    .from(minutesDocuments)
    .where(and(eq(minutesDocuments.minutesId, doc.minutesId), isNotNull(minutesDocuments.completedAt)))
    .orderBy(desc(minutesDocuments.documentVersion));
  // Someone who may see unpublished versions (office, the chair, or anyone who reached a closed
  // meeting's document) sees every signed version; everyone else only the published ones.
  const showAll = actor ? isOffice(actor) || doc.chairId === actor.id || !publiclyVisible(doc) : false;
  const visibleVersions = versions.filter((v) => showAll || (doc.nature === "terbuka" && v.publishedAt !== null));
  const { chairId: _c, secretaryId: _s, minutesId: _m, pdf: _p, ...pub } = doc;
  // A superseded document points to the version that replaced it only when this reader may see it
  // (published, for the public); otherwise the page says a corrected version is in preparation.
  const replacement =
    doc.supersededAt === null
      ? null
      : (visibleVersions.find((v) => v.documentVersion > doc.documentVersion && v.supersededAt === null) ?? null);
  return {
    ...pub,
    current: doc.supersededAt === null,
    replacement: replacement ? { code: replacement.code, documentVersion: replacement.documentVersion } : null,
    signatures,
    versions: visibleVersions.map(({ code: c, documentVersion }) => ({ code: c, documentVersion })),
  };
}

export type DocumentInfo = Awaited<ReturnType<typeof documentInfo>>;

/** Public list of published minutes of open meetings (newest published version of each), with filters. */
export async function listPublishedMinutes(
  actor: Actor | null,
  opts: { typeId?: number; year?: number; q?: string; page?: number; pageSize?: number } = {},
  tx: Db = db,
) {
  await allowPermission(actor, "minutes.verify", tx);
  const pageSize = Math.min(50, Math.max(1, opts.pageSize ?? 10));
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const conds: SQL[] = [
    documentPublicWhere(),
    sql`not exists (select 1 from minutes_documents d2 where d2.minutes_id = ${minutesDocuments.minutesId} and d2.published_at is not null and d2.document_version > ${minutesDocuments.documentVersion})`,
  ];
  if (opts.typeId && Number.isInteger(opts.typeId)) conds.push(eq(meetings.typeId, opts.typeId));
  if (opts.year && opts.year >= 2000 && opts.year <= 2100)
    conds.push(gte(meetings.date, `${opts.year}-01-01`), lte(meetings.date, `${opts.year}-12-31`));
  const q = opts.q?.trim().slice(0, 100);
  if (q) conds.push(ilike(meetings.title, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conds);
  const from = () =>
    tx
      .select({
        id: minutesDocuments.id,
        code: minutesDocuments.code,
        documentVersion: minutesDocuments.documentVersion,
        pageCount: minutesDocuments.pageCount,
        size: minutesDocuments.size,
        publishedAt: minutesDocuments.publishedAt,
        supersededAt: minutesDocuments.supersededAt,
        title: meetings.title,
        date: meetings.date,
        place: meetings.place,
        typeName: meetingTypes.name,
        typeId: meetingTypes.id,
      })
      .from(minutesDocuments)
      .innerJoin(minutes, eq(minutes.id, minutesDocuments.minutesId))
      .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
      .innerJoin(meetingTypes, eq(meetingTypes.id, meetings.typeId));
  const items = await from()
    .where(where)
    .orderBy(desc(meetings.date), desc(minutesDocuments.publishedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(minutesDocuments)
    .innerJoin(minutes, eq(minutes.id, minutesDocuments.minutesId))
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .where(where);
  return { items, total, page, pageSize };
}
