/**
 * Writing the audit log. Kept apart from the audit search (which checks permissions through the
 * guard) so that the guard can log refusals without an import cycle.
 */
import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { auditLog } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";

export interface AuditEntry {
  actor?: Pick<Actor, "id" | "name" | "role"> | null;
  /** Free label when there is no actor, e.g. the e-mail typed at a failed login (never a password). */
  actorLabel?: string;
  action: string;
  outcome?: "success" | "failure" | "denied";
  entityType?: string;
  entityId?: string | number;
  ipHash?: string | null;
  detail?: Record<string, unknown>;
}

const SECRET_KEYS = /pass(word)?|token|secret|otp|totp|hash|recovery/i;

/** Drop keys that look like secrets, so no caller can leak one into the audit log by mistake. */
function scrub(detail: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!detail) return undefined;
  return Object.fromEntries(Object.entries(detail).filter(([k]) => !SECRET_KEYS.test(k)));
}

/** The audit_log row of an entry (for a caller that inserts it within a larger statement). */
export function auditRow(entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    actorId: entry.actor?.id ?? null,
    actorLabel: entry.actor ? `${entry.actor.name} (${entry.actor.role})` : (entry.actorLabel ?? null),
    action: entry.action,
    outcome: entry.outcome ?? "success",
    entityType: entry.entityType ?? null,
    entityId: entry.entityId === undefined ? null : String(entry.entityId),
    ipHash: entry.ipHash ?? null,
    detail: scrub(entry.detail) ?? null,
  };
}

/** Append one entry to the audit log; pass the transaction so it commits with the change. */
export async function writeAudit(entry: AuditEntry, tx: Db = db): Promise<void> {
  await tx.insert(auditLog).values(auditRow(entry));
}
