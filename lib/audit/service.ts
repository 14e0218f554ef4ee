import "server-only";
import { and, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { requirePermission } from "@/lib/auth/guard";
import { auditLog } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "./labels";

export { writeAudit, type AuditEntry } from "./write";

export interface AuditQuery {
  q?: string;
  action?: string;
  outcome?: "success" | "failure" | "denied";
  page?: number;
  pageSize?: number;
}

/** Staff search over the audit log, newest first. */
export async function listAudit(actor: Actor | null, query: AuditQuery = {}, tx: Db = db) {
  await requirePermission(actor, "audit.read", tx);
  const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const conds: SQL[] = [];
  const q = query.q?.trim().slice(0, 100);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Staff search by the Indonesian label too ("surat masuk" finds letter.incoming.*).
    const byLabel = Object.entries(AUDIT_ACTION_LABELS)
      .filter(([, label]) => label.toLowerCase().includes(q.toLowerCase()))
      .map(([key]) => key);
    const matches = [
      ilike(auditLog.actorLabel, pattern),
      ilike(auditLog.action, pattern),
      ilike(auditLog.entityId, pattern),
    ];
    if (byLabel.length)
      matches.push(
        inArray(auditLog.action, byLabel),
        inArray(
          auditLog.action,
          byLabel.map((k) => `authz.denied:${k}`),
        ),
      );
    conds.push(or(...matches)!);
  }
  if (query.action) conds.push(ilike(auditLog.action, `${query.action.replace(/[\\%_]/g, "")}%`));
  if (query.outcome) conds.push(eq(auditLog.outcome, query.outcome));
  const where = conds.length ? and(...conds) : undefined;
  const rows = await tx
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const items = rows.map((r) => ({ ...r, actionLabel: auditActionLabel(r.action) }));
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  return { items, total, page, pageSize };
}
