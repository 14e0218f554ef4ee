import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { inboxReads } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { aspirationVisibleWhere } from "@/lib/aspirations/policy";
import { pokirVisibleWhere } from "@/lib/pokir/policy";
import { decodeCursor, encodeCursor, inboxQuerySchema, type InboxQuery } from "./query";
import { execRows } from "./sql";

export const INBOX_PAGE_SIZE = 25;
const UNREAD_CAP = 99;

export interface InboxItem {
  type: "aspirasi" | "pokir";
  id: string;
  trackingCode: string;
  title: string;
  status: string;
  kelurahan: string | null;
  createdAt: Date;
  unread: boolean;
  href: string;
}

// The branches name their tables without an alias, so that the policies' drizzle conditions
// (which qualify columns by table name) apply inside them.
const ASP = "aspirations";
const POKIR = "pokir_proposals";

/**
 * A policy condition as a filter only: inside coalesce() the planner cannot use its equalities for
 * an index, so each branch keeps the index walk its routing condition chose (see the "+ 0" below).
 */
const filterOnly = (cond: SQL): SQL => sql`coalesce(${cond}, false)`;

function unreadCond(me: Actor, type: "aspirasi" | "pokir", alias: string): SQL {
  return sql`not exists (select 1 from inbox_reads r where r.member_id = ${me.id} and r.item_type = ${type} and r.item_id = ${sql.raw(alias)}.id)`;
}

/**
 * The three branches of the inbox (aspirations routed to the dapil, aspirations routed to the
 * komisi, pokir of the dapil), each a LIMITed index scan in (created_at desc, id desc) order, merged.
 */
function branches(me: Actor, f: InboxQuery, limit: number): SQL[] {
  const cursor = decodeCursor(f.setelah);
  const common = (alias: string, opts: { search: boolean }): SQL[] => {
    const c: SQL[] = [];
    const a = sql.raw(alias);
    if (cursor) c.push(sql`(${a}.created_at, ${a}.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
    if (f.kelurahan) c.push(sql`${a}.kelurahan_id = ${f.kelurahan}`);
    if (f.status) c.push(sql`${a}.status::text = ${f.status}`);
    if (f.dari) c.push(sql`${a}.created_at >= ${f.dari}::date::timestamptz`);
    if (f.sampai) c.push(sql`${a}.created_at < (${f.sampai}::date + 1)::timestamptz`);
    // With a kelurahan chosen, the (kelurahan, created_at) index walked in order and filtered by the
    // text match beats a GIN scan of a common word; coalesce() keeps the planner off the GIN index then.
    if (f.q && opts.search && f.kelurahan)
      c.push(sql`coalesce(${a}.search_vector @@ websearch_to_tsquery('indonesian', ${f.q}), false)`);
    else if (f.q && opts.search) c.push(sql`${a}.search_vector @@ websearch_to_tsquery('indonesian', ${f.q})`);
    return c;
  };
  const and = (parts: SQL[]) => sql.join(parts, sql` and `);
  const out: SQL[] = [];
  const wantAsp = f.type !== "pokir" && !f.bidang && !f.periode;
  const wantPokir = f.type !== "aspirasi" && !f.kategori;
  if (wantAsp) {
    const aspBase = (routing: SQL) => {
      const c = [routing, filterOnly(aspirationVisibleWhere(me)), ...common(ASP, { search: true })];
      if (f.kategori) c.push(sql`aspirations.category_id = ${f.kategori}`);
      if (f.belum) c.push(unreadCond(me, "aspirasi", ASP));
      return sql`(select 'aspirasi'::text as type, aspirations.id, aspirations.tracking_code, aspirations.title, aspirations.status::text as status, aspirations.kelurahan_id, aspirations.created_at
        from aspirations where ${and(c)} order by aspirations.created_at desc nulls last, aspirations.id desc nulls last limit ${limit})`;
    };
    // With a kelurahan chosen, "+ 0" keeps the routing columns as filters only, so the planner walks
    // the (kelurahan, created_at) index in order instead of AND-ing two large bitmaps (it cannot know
    // that a kelurahan lies in one dapil).
    const z = f.kelurahan ? sql` + 0` : sql``;
    if (me.dapilId) out.push(aspBase(sql`aspirations.routed_to_dapil and aspirations.dapil_id${z} = ${me.dapilId}`));
    if (me.komisiId) {
      out.push(
        aspBase(
          sql`aspirations.routed_komisi_id${z} = ${me.komisiId} and not (aspirations.routed_to_dapil and aspirations.dapil_id is not distinct from ${me.dapilId ?? -1})`,
        ),
      );
    }
  }
  if (wantPokir && me.dapilId) {
    const c = [
      f.kelurahan ? sql`pokir_proposals.dapil_id + 0 = ${me.dapilId}` : sql`pokir_proposals.dapil_id = ${me.dapilId}`,
      filterOnly(pokirVisibleWhere(me)),
      ...common(POKIR, { search: true }),
    ];
    if (f.bidang) c.push(sql`pokir_proposals.bidang_id = ${f.bidang}`);
    if (f.periode) c.push(sql`pokir_proposals.period_id = ${f.periode}`);
    if (f.belum) c.push(unreadCond(me, "pokir", POKIR));
    out.push(sql`(select 'pokir'::text as type, pokir_proposals.id, pokir_proposals.tracking_code, pokir_proposals.title, pokir_proposals.status::text as status, pokir_proposals.kelurahan_id, pokir_proposals.created_at
      from pokir_proposals where ${and(c)} order by pokir_proposals.created_at desc nulls last, pokir_proposals.id desc nulls last limit ${limit})`);
  }
  return out;
}

/** The SQL of one inbox page (exported for the benchmark's EXPLAIN). */
export function inboxPageSql(me: Actor, f: InboxQuery, pageSize = INBOX_PAGE_SIZE): SQL | null {
  const parts = branches(me, f, pageSize + 1);
  if (parts.length === 0) return null;
  return sql`select x.type, x.id, x.tracking_code, x.title, x.status, k.name as kelurahan, x.created_at,
      (r.item_id is null) as unread
    from (${sql.join(parts, sql` union all `)}) x
    left join kelurahan k on k.id = x.kelurahan_id
    left join inbox_reads r on r.member_id = ${me.id} and r.item_type = x.type and r.item_id = x.id
    order by x.created_at desc nulls last, x.id desc nulls last limit ${pageSize + 1}`;
}

interface Row {
  type: "aspirasi" | "pokir";
  id: string;
  tracking_code: string;
  title: string;
  status: string;
  kelurahan: string | null;
  created_at: Date | string;
  unread: boolean;
}

/** One page of the member's inbox with keyset pagination (`setelah` = cursor of the last item). */
export async function listInbox(actor: Actor | null, raw: unknown, tx: Db = db) {
  const me = await requirePermission(actor, "inbox.read", tx);
  const f = inboxQuerySchema.parse(raw ?? {});
  const q = inboxPageSql(me, f);
  const t0 = performance.now();
  // JIT compilation costs ~25 ms on the filtered plans (estimated cost just above jit_above_cost) and
  // never pays off for a LIMITed page: off for this query only.
  const rows = q
    ? await tx.transaction(async (tx) => {
        await tx.execute(sql`set local jit = off`);
        return execRows<Row>(q, tx);
      })
    : [];
  const dbMs = performance.now() - t0;
  const items: InboxItem[] = rows.slice(0, INBOX_PAGE_SIZE).map((r) => ({
    type: r.type,
    id: r.id,
    trackingCode: r.tracking_code,
    title: r.title,
    status: r.status,
    kelurahan: r.kelurahan,
    createdAt: new Date(r.created_at),
    unread: r.unread,
    href: r.type === "pokir" ? `/portal/pokir/${r.id}` : `/portal/aspirasi/${r.id}`,
  }));
  const last = items[items.length - 1];
  const nextCursor = rows.length > INBOX_PAGE_SIZE && last ? encodeCursor(last.createdAt, last.id) : null;
  return { items, nextCursor, filters: f, dbMs };
}

/** Unread items in the member's inbox, capped (the badge shows "99+"). */
export async function countUnread(actor: Actor | null, tx: Db = db): Promise<number> {
  if (!actor || actor.role !== "member") return 0;
  const parts = branches(actor, { belum: "1" } as InboxQuery, UNREAD_CAP + 1);
  if (parts.length === 0) return 0;
  const rows = await execRows<{ n: number }>(
    sql`select count(*)::int as n from (${sql.join(parts, sql` union all `)}) x`,
    tx,
  );
  return Math.min(Number(rows[0]?.n ?? 0), UNREAD_CAP + 1);
}

/** Mark one inbox item read for the member (idempotent). The caller has checked visibility. */
export async function markInboxRead(actor: Actor, type: "aspirasi" | "pokir", id: string, tx: Db = db): Promise<void> {
  if (actor.role !== "member") return;
  await tx.insert(inboxReads).values({ memberId: actor.id, itemType: type, itemId: id }).onConflictDoNothing();
}
