import "server-only";
import { and, asc, desc, eq, gt, lte } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { pokirPeriods } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors, type FieldErrors } from "@/lib/errors";
import { MIN_DAYS_BEFORE_MUSRENBANG } from "./constants";
import { periodSchema } from "./schema";
import { parseInput } from "@/lib/validation";
import { formatDate } from "@/lib/format";

export type PokirPeriod = typeof pokirPeriods.$inferSelect;

/** Midnight WITA (UTC+8) of a yyyy-mm-dd date. */
export function witaMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Period date rules (pure): opens before it closes, and the last day of submissions is at least
 * 7 days before the Musrenbang RKPD (Permendagri 86/2017).
 */
export function periodDateErrors(p: { opensOn: string; closesOn: string; musrenbangOn: string }): FieldErrors {
  const fe: FieldErrors = {};
  if (p.closesOn < p.opensOn) fe.closesOn = ["Tanggal tutup harus sesudah tanggal buka."];
  const latest = addDays(p.musrenbangOn, -MIN_DAYS_BEFORE_MUSRENBANG);
  if (p.closesOn > latest) {
    (fe.closesOn ??= []).push(
      `Pengajuan pokir harus ditutup paling lambat ${MIN_DAYS_BEFORE_MUSRENBANG} hari sebelum Musrenbang RKPD (paling lambat ${latest}).`,
    );
  }
  return fe;
}

/** Whether public submission is open in a period at a moment. */
export function isOpen(p: Pick<PokirPeriod, "opensAt" | "closesAt" | "finalizedAt">, now = new Date()): boolean {
  return !p.finalizedAt && p.opensAt <= now && now < p.closesAt;
}

/** Create (id undefined) or change a pokir period (admin only). */
export async function savePeriod(
  actor: Actor | null,
  id: number | undefined,
  input: unknown,
  tx: Db = db,
): Promise<number> {
  const me = await requirePermission(actor, "pokir.periods.manage", tx);
  const data = parseInput(periodSchema, input);
  const fe = periodDateErrors(data);
  if (Object.keys(fe).length) throw errors.validation(fe);
  const values = {
    planYear: data.planYear,
    name: data.name,
    opensAt: witaMidnight(data.opensOn),
    // Submissions run through the whole closing day (WITA).
    closesAt: witaMidnight(addDays(data.closesOn, 1)),
    musrenbangOn: data.musrenbangOn,
  };
  return tx.transaction(async (tx) => {
    const dup = await tx
      .select({ id: pokirPeriods.id })
      .from(pokirPeriods)
      .where(eq(pokirPeriods.planYear, data.planYear));
    if (dup[0] && dup[0].id !== id)
      throw errors.validation({ planYear: ["Periode untuk tahun rencana ini sudah ada."] });
    let pid = id;
    if (id) {
      const rows = await tx.select().from(pokirPeriods).where(eq(pokirPeriods.id, id)).for("update");
      if (!rows[0]) throw errors.notFound("Periode pokir");
      if (rows[0].finalizedAt) throw errors.conflict("Periode yang sudah difinalisasi tidak dapat diubah.");
      await tx.update(pokirPeriods).set(values).where(eq(pokirPeriods.id, id));
    } else {
      pid = (await tx.insert(pokirPeriods).values(values).returning({ id: pokirPeriods.id }))[0].id;
    }
    await writeAudit(
      {
        actor: me,
        action: id ? "pokir.period.update" : "pokir.period.create",
        entityType: "pokir_period",
        entityId: pid,
        detail: data,
      },
      tx,
    );
    return pid!;
  });
}

/** The period open for submissions now, if any. */
export async function openPeriod(now = new Date(), tx: Db = db): Promise<PokirPeriod | null> {
  const rows = await tx
    .select()
    .from(pokirPeriods)
    .where(and(lte(pokirPeriods.opensAt, now), gt(pokirPeriods.closesAt, now)))
    .orderBy(asc(pokirPeriods.closesAt));
  return rows.find((p) => !p.finalizedAt) ?? null;
}

/** The next period that opens after now, if one is scheduled. */
export async function nextPeriod(now = new Date(), tx: Db = db): Promise<PokirPeriod | null> {
  const rows = await tx
    .select()
    .from(pokirPeriods)
    .where(gt(pokirPeriods.opensAt, now))
    .orderBy(asc(pokirPeriods.opensAt))
    .limit(1);
  return rows[0] ?? null;
}

/** All periods, newest plan year first. */
export async function listPeriods(tx: Db = db): Promise<PokirPeriod[]> {
  return tx.select().from(pokirPeriods).orderBy(desc(pokirPeriods.planYear));
}

/**
 * The period the staff list opens on: the open one; else the latest that has already opened; else
 * the next scheduled one (never a future period while another is current).
 */
export async function currentPeriodForStaff(now = new Date(), tx: Db = db): Promise<PokirPeriod | null> {
  const open = await openPeriod(now, tx);
  if (open) return open;
  const [started] = await tx
    .select()
    .from(pokirPeriods)
    .where(lte(pokirPeriods.opensAt, now))
    .orderBy(desc(pokirPeriods.opensAt))
    .limit(1);
  return started ?? (await nextPeriod(now, tx));
}

/** The open period or a clear Indonesian refusal. */
export async function requireOpenPeriod(now = new Date(), tx: Db = db): Promise<PokirPeriod> {
  const p = await openPeriod(now, tx);
  if (p) return p;
  const next = await nextPeriod(now, tx);
  const when = next ? ` Periode berikutnya dibuka ${formatDate(next.opensAt)}.` : "";
  throw errors.badRequest(`Pengajuan pokir sedang ditutup: tidak ada periode pokir yang sedang dibuka.${when}`);
}
