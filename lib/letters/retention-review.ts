import "server-only";
import { and, desc, eq, inArray, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { writeAudit } from "@/lib/audit/service";
import { logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { classificationCodes, incomingLetters, letterRetentionReviews, outgoingLetters } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { todayWita } from "./input-checks";
import type { RetentionDecision } from "./constants";
import {
  cutoffDate,
  effectiveRetention,
  retentionDates,
  type RetentionCode,
  type RetentionRule,
} from "./retention-rules";
import { retentionReviewSchema } from "./schema";
import { incomingById, incomingVisibleTo, outgoingById, outgoingVisibleTo } from "./policy";
import { parseInput, isUuid } from "@/lib/validation";

export type RetentionStageFilter = "inaktif" | "habis";

/** Effective retention of every code that has one (own values or inherited from an ancestor). */
export async function retentionRules(tx: Db = db): Promise<Map<string, RetentionRule>> {
  const codes: RetentionCode[] = await tx
    .select({
      code: classificationCodes.code,
      parentCode: classificationCodes.parentCode,
      retentionActiveYears: classificationCodes.retentionActiveYears,
      retentionInactiveYears: classificationCodes.retentionInactiveYears,
    })
    .from(classificationCodes);
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const out = new Map<string, RetentionRule>();
  for (const c of codes) {
    const rule = effectiveRetention(c.code, byCode);
    if (rule) out.set(c.code, rule);
  }
  return out;
}

/** "classification in (codes with the same rule) and date <= that rule's cutoff", OR-ed over the rules. */
function pastCondition(
  rules: Map<string, RetentionRule>,
  today: string,
  stage: RetentionStageFilter,
  codeCol: AnyPgColumn,
  dateCol: AnyPgColumn,
): SQL {
  const groups = new Map<string, { rule: RetentionRule; codes: string[] }>();
  for (const [code, rule] of rules) {
    const key = `${rule.activeYears}/${rule.inactiveYears}`;
    const g = groups.get(key) ?? { rule, codes: [] };
    g.codes.push(code);
    groups.set(key, g);
  }
  if (groups.size === 0) return sql`false`;
  return or(
    ...[...groups.values()].map((g) => and(inArray(codeCol, g.codes), lte(dateCol, cutoffDate(g.rule, today, stage)))),
  )!;
}

export interface RetentionItem {
  id: string;
  direction: "masuk" | "keluar";
  number: string;
  date: string;
  subject: string;
  classificationCode: string;
  activeUntil: string;
  inactiveUntil: string;
  lastDecision: RetentionDecision | null;
  lastReviewedAt: Date | null;
}

/**
 * Letters past their active period or their whole retention, for review. Nothing is ever deleted
 * automatically: a reviewer records a decision, the letter stays.
 */
export async function listRetentionDue(
  actor: Actor | null,
  opts: { jenis?: "masuk" | "keluar"; stage?: RetentionStageFilter; page?: number } = {},
  tx: Db = db,
) {
  const me = await requirePermission(actor, "letter.read", tx);
  const jenis = opts.jenis ?? "masuk";
  const stage = opts.stage ?? "habis";
  const page = Math.max(1, opts.page ?? 1);
  const pageSize = 25;
  const today = todayWita();
  const rules = await retentionRules(tx);
  const t =
    jenis === "masuk"
      ? {
          table: incomingLetters,
          id: incomingLetters.id,
          number: incomingLetters.agendaNumber,
          date: incomingLetters.receivedOn,
          subject: incomingLetters.subject,
          code: incomingLetters.classificationCode,
        }
      : {
          table: outgoingLetters,
          id: outgoingLetters.id,
          number: outgoingLetters.number,
          date: outgoingLetters.letterDate,
          subject: outgoingLetters.subject,
          code: outgoingLetters.classificationCode,
        };
  const visible =
    jenis === "masuk"
      ? incomingVisibleTo(me)
      : and(outgoingVisibleTo(me), isNotNull(outgoingLetters.letterDate), eq(outgoingLetters.status, "terbit"));
  const where = and(visible, pastCondition(rules, today, stage, t.code, t.date));
  const rows = await tx
    .select({ id: t.id, number: t.number, date: t.date, subject: t.subject, classificationCode: t.code })
    .from(t.table)
    .where(where)
    .orderBy(t.date)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(t.table)
    .where(where);
  const reviews = rows.length
    ? await tx
        .select({
          letterId: letterRetentionReviews.letterId,
          decision: letterRetentionReviews.decision,
          at: letterRetentionReviews.reviewedAt,
        })
        .from(letterRetentionReviews)
        .where(
          and(
            eq(letterRetentionReviews.direction, jenis),
            inArray(
              letterRetentionReviews.letterId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(desc(letterRetentionReviews.reviewedAt))
    : [];
  const items: RetentionItem[] = rows.map((r) => {
    const rule = rules.get(r.classificationCode)!;
    const dates = retentionDates(r.date!, rule);
    const last = reviews.find((v) => v.letterId === r.id);
    return {
      id: r.id,
      direction: jenis,
      number: r.number ?? "",
      date: r.date!,
      subject: r.subject,
      classificationCode: r.classificationCode,
      ...dates,
      lastDecision: last?.decision ?? null,
      lastReviewedAt: last?.at ?? null,
    };
  });
  return { items, total, page, pageSize, jenis, stage, hasRules: rules.size > 0 };
}

/** Record a retention review decision for a letter the reviewer may see. */
export async function reviewRetention(
  actor: Actor | null,
  direction: "masuk" | "keluar",
  id: string,
  input: unknown,
  tx: Db = db,
): Promise<void> {
  const me = await requirePermission(actor, "letter.register", tx);
  const data = parseInput(retentionReviewSchema, input);
  const table = direction === "masuk" ? incomingLetters : outgoingLetters;
  const visible = isUuid(id)
    ? await tx
        .select({ id: table.id })
        .from(table)
        .where(direction === "masuk" ? incomingById(me, id) : outgoingById(me, id))
    : [];
  if (!visible[0]) {
    await logDenied(
      me,
      "letter.register",
      { type: direction === "masuk" ? "incoming_letter" : "outgoing_letter", id },
      tx,
    );
    throw errors.notFound("Surat");
  }
  await tx.transaction(async (tx) => {
    await tx
      .insert(letterRetentionReviews)
      .values({ direction, letterId: id, decision: data.decision, note: data.note ?? null, reviewedBy: me.id });
    await writeAudit(
      {
        actor: me,
        action: "letter.retention.review",
        entityType: direction === "masuk" ? "incoming_letter" : "outgoing_letter",
        entityId: id,
        detail: { decision: data.decision },
      },
      tx,
    );
  });
}
