import "server-only";
import { decodeCursor, encodeCursor } from "@/lib/pagination";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { allowPermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import {
  aspirationCategories,
  aspirationEvents,
  aspirations,
  dapil,
  kecamatan,
  kelurahan,
  komisi,
  users,
} from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { loadByCode } from "./lookups";
import { codesIn, confidentialCodes, redactCodes } from "./confidential";
import { feedbackOpen, FEEDBACK_DAYS, PUBLIC_STATUSES, STATUS_LABELS, type AspirationStatus } from "./constants";
import { publicListSchema, rateSchema, reopenSchema } from "./schema";
import { parseInput } from "@/lib/validation";

export interface TimelineEntry {
  at: Date;
  kind: string;
  toStatus: AspirationStatus | null;
  publicNote: string | null;
  /** "Anggota DPRD: name", "Komisi …" or "Sekretariat DPRD" — never a staff member's name. */
  by: string;
}

export interface PublicTracking {
  trackingCode: string;
  title: string | null;
  status: AspirationStatus;
  category: string;
  area: string;
  createdAt: Date;
  isConfidential: boolean;
  routedTo: string[];
  externalAgency: string | null;
  mergedInto: string | null;
  timeline: TimelineEntry[];
  rating: number | null;
  ratingComment: string | null;
  canRate: boolean;
  canReopen: boolean;
  feedbackUntil: Date | null;
}

/** Who acted, as the public may see it: members by name, staff only as the secretariat. */
function publicActor(role: string | null, name: string | null): string {
  if (role === "member" && name) return `Anggota DPRD: ${name}`;
  if (role === "staff" || role === "admin") return "Sekretariat DPRD";
  return "Pelapor";
}

/**
 * The public view of one aspiration by its code: status timeline with public notes only, who
 * handled it (member or komisi, never staff personal data), no reporter identity. Rahasia content
 * (title) is hidden even here, since a code can be shared.
 */
export async function trackAspiration(code: string, now = new Date(), tx: Db = db): Promise<PublicTracking> {
  const a = await loadByCode(code, undefined, tx);
  const [meta] = await tx
    .select({
      category: aspirationCategories.name,
      kel: kelurahan.name,
      kec: kecamatan.name,
      dapilName: dapil.name,
      komisiName: komisi.name,
    })
    .from(aspirations)
    .innerJoin(aspirationCategories, eq(aspirationCategories.id, aspirations.categoryId))
    .leftJoin(kelurahan, eq(kelurahan.id, aspirations.kelurahanId))
    .leftJoin(kecamatan, eq(kecamatan.id, aspirations.kecamatanId))
    .leftJoin(dapil, eq(dapil.id, aspirations.dapilId))
    .leftJoin(komisi, eq(komisi.id, aspirations.routedKomisiId))
    .where(eq(aspirations.id, a.id));
  const events = await tx
    .select({
      at: aspirationEvents.at,
      kind: aspirationEvents.kind,
      toStatus: aspirationEvents.toStatus,
      publicNote: aspirationEvents.publicNote,
      role: users.role,
      name: users.name,
    })
    .from(aspirationEvents)
    .leftJoin(users, eq(users.id, aspirationEvents.actorId))
    .where(
      and(
        eq(aspirationEvents.aspirationId, a.id),
        sql`(${aspirationEvents.toStatus} is not null or ${aspirationEvents.publicNote} is not null)`,
      ),
    )
    .orderBy(asc(aspirationEvents.at), asc(aspirationEvents.id));
  let mergedInto: string | null = null;
  if (a.mergedIntoId) {
    const [t] = await tx
      .select({ code: aspirations.trackingCode, confidential: aspirations.isConfidential })
      .from(aspirations)
      .where(eq(aspirations.id, a.mergedIntoId));
    mergedInto = t && !t.confidential ? t.code : null;
  }
  // Codes of confidential aspirations never appear on a public timeline, even in older notes.
  const hidden = await confidentialCodes(codesIn(events.map((e) => e.publicNote ?? "").join(" ")), a.id, tx);
  const routedTo: string[] = [];
  if (a.routedToDapil && meta.dapilName) routedTo.push(`Anggota DPRD ${meta.dapilName}`);
  if (meta.komisiName) routedTo.push(meta.komisiName);
  const open = a.status === "selesai" && feedbackOpen(a.closedAt, now);
  return {
    trackingCode: a.trackingCode,
    title: a.isConfidential ? null : a.title,
    status: a.status,
    category: meta.category,
    area: a.isCitywide ? "Seluruh kota" : [meta.kel, meta.kec ? `Kec. ${meta.kec}` : null].filter(Boolean).join(", "),
    createdAt: a.createdAt,
    isConfidential: a.isConfidential,
    routedTo,
    externalAgency: a.externalAgency,
    mergedInto,
    timeline: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      toStatus: e.toStatus,
      publicNote: redactCodes(e.publicNote, hidden),
      by: publicActor(e.role, e.name),
    })),
    rating: a.rating,
    ratingComment: a.ratingComment,
    canRate: open && a.rating === null,
    canReopen: open,
    feedbackUntil:
      a.closedAt && a.status === "selesai" ? new Date(a.closedAt.getTime() + FEEDBACK_DAYS * 86400_000) : null,
  };
}

/** The citizen rates the answer (1–5 with a comment) within 14 days of selesai; once. */
export async function rateAspiration(
  actor: Actor | null,
  code: string,
  input: unknown,
  now = new Date(),
  tx: Db = db,
): Promise<void> {
  const me = await allowPermission(actor, "aspiration.track", tx);
  const v = parseInput(rateSchema, input);
  await tx.transaction(async (tx) => {
    const a = await loadByCode(code, true, tx);
    if (a.status !== "selesai" || !feedbackOpen(a.closedAt, now))
      throw errors.conflict(`Penilaian hanya dapat diberikan dalam ${FEEDBACK_DAYS} hari setelah aspirasi selesai.`);
    if (a.rating !== null) throw errors.conflict("Aspirasi ini sudah dinilai. Terima kasih.");
    await tx
      .update(aspirations)
      .set({ rating: v.rating, ratingComment: v.comment ?? null, ratedAt: now, updatedAt: now })
      .where(eq(aspirations.id, a.id));
    await tx.insert(aspirationEvents).values({
      aspirationId: a.id,
      at: now,
      kind: "rating",
      internalNote: `Nilai ${v.rating}/5${v.comment ? `: ${v.comment}` : ""}`,
    });
    await writeAudit(
      {
        actor: me,
        actorLabel: me ? undefined : "pelapor",
        action: "aspiration.rate",
        entityType: "aspiration",
        entityId: a.id,
        detail: { rating: v.rating },
      },
      tx,
    );
  });
}

/** The citizen reopens within 14 days of selesai: back to ditindaklanjuti with the reason. */
export async function reopenAspiration(
  actor: Actor | null,
  code: string,
  input: unknown,
  now = new Date(),
  tx: Db = db,
): Promise<void> {
  const me = await allowPermission(actor, "aspiration.track", tx);
  const v = parseInput(reopenSchema, input);
  await tx.transaction(async (tx) => {
    const a = await loadByCode(code, true, tx);
    if (a.status !== "selesai" || !feedbackOpen(a.closedAt, now))
      throw errors.conflict(`Aspirasi hanya dapat dibuka kembali dalam ${FEEDBACK_DAYS} hari setelah selesai.`);
    if (a.reopenCount >= 3)
      throw errors.conflict("Aspirasi ini sudah dibuka kembali tiga kali. Silakan kirim aspirasi baru.");
    await tx
      .update(aspirations)
      .set({
        status: "ditindaklanjuti",
        closedAt: null,
        reopenCount: a.reopenCount + 1,
        rating: null,
        ratingComment: null,
        ratedAt: null,
        updatedAt: now,
      })
      .where(eq(aspirations.id, a.id));
    await tx.insert(aspirationEvents).values({
      aspirationId: a.id,
      at: now,
      kind: "reopen",
      fromStatus: "selesai",
      toStatus: "ditindaklanjuti",
      publicNote: `Dibuka kembali oleh pelapor: ${v.reason}`,
    });
    await writeAudit(
      {
        actor: me,
        actorLabel: me ? undefined : "pelapor",
        action: "aspiration.reopen",
        entityType: "aspiration",
        entityId: a.id,
      },
      tx,
    );
  });
}

export interface PublicListItem {
  trackingCode: string;
  title: string;
  excerpt: string;
  status: AspirationStatus;
  category: string;
  kecamatan: string | null;
  kelurahan: string | null;
  createdAt: Date;
}

export const PUBLIC_PAGE_SIZE = 20;

/** The public list counts matches up to this many and then says "lebih dari …". */
export const PUBLIC_COUNT_CAP = 1000;

/**
 * The public list: verified, non-confidential aspirations, newest first, paged by a keyset cursor
 * (`setelah`), with full-text search. The count stops at PUBLIC_COUNT_CAP: counting every match of a
 * common word over a million rows is what made search slow, and nobody pages through a thousand.
 */
export async function listPublicAspirations(
  rawQuery: unknown,
  opts: { countCap?: number; pageSize?: number } = {},
  tx: Db = db,
) {
  const { countCap = PUBLIC_COUNT_CAP, pageSize = PUBLIC_PAGE_SIZE } = opts;
  const q = parseInput(publicListSchema, rawQuery);
  const conds: SQL[] = [eq(aspirations.isConfidential, false), inArray(aspirations.status, [...PUBLIC_STATUSES])];
  if (q.status) conds.push(PUBLIC_STATUSES.includes(q.status) ? eq(aspirations.status, q.status) : sql`false`);
  if (q.kecamatan) conds.push(eq(aspirations.kecamatanId, q.kecamatan));
  if (q.kategori) conds.push(eq(aspirations.categoryId, q.kategori));
  if (q.q) conds.push(sql`${aspirations.searchVector} @@ websearch_to_tsquery('indonesian', ${q.q})`);
  const where = and(...conds);
  const cursor = decodeCursor(q.setelah);
  const pageWhere = cursor
    ? and(where, sql`(${aspirations.createdAt}, ${aspirations.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`)
    : where;
  // The capped count first: it also tells which plan fits the page. Many matches (capped): walk the
  // (created_at desc, id desc) index and filter, the first page is found after a few rows. Few matches
  // (a rare word, or none): walking that index would read every public row before giving up (over a
  // second at 1,000,000 rows), so the page sorts the matches from the GIN index instead; "+ interval
  // '0'" orders the same but keeps the planner from walking the ordered index.
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(
    tx
      .select({ one: sql`1`.as("one") })
      .from(aspirations)
      .where(where)
      .limit(countCap + 1)
      .as("matches"),
  );
  const few = n <= countCap;
  const order = few
    ? [sql`${aspirations.createdAt} + interval '0' desc nulls last`, sql`${aspirations.id} desc nulls last`]
    : // "nulls last" matches the (created_at desc nulls last, id desc nulls last) index, so Postgres walks it in order.
      [sql`${aspirations.createdAt} desc nulls last`, sql`${aspirations.id} desc nulls last`];
  const rows =
    n === 0
      ? []
      : await tx
          .select({
            id: aspirations.id,
            trackingCode: aspirations.trackingCode,
            title: aspirations.title,
            excerpt: sql<string>`left(${aspirations.body}, 240)`,
            status: aspirations.status,
            category: aspirationCategories.name,
            kecamatan: kecamatan.name,
            kelurahan: kelurahan.name,
            createdAt: aspirations.createdAt,
          })
          .from(aspirations)
          .innerJoin(aspirationCategories, eq(aspirationCategories.id, aspirations.categoryId))
          .leftJoin(kecamatan, eq(kecamatan.id, aspirations.kecamatanId))
          .leftJoin(kelurahan, eq(kelurahan.id, aspirations.kelurahanId))
          .where(pageWhere)
          .orderBy(...order)
          .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  const nextCursor = rows.length > pageSize && last ? encodeCursor(last.createdAt, last.id) : null;
  const items: PublicListItem[] = page.map(({ id: _id, ...item }) => item);
  return { items, nextCursor, total: { count: Math.min(n, countCap), capped: n > countCap }, pageSize, query: q };
}

export { STATUS_LABELS };
