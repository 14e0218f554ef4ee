import "server-only";
import { and, asc, eq, max } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { epaperLetters, epaperParafs, epaperTemplates, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { notifyContact } from "@/lib/outbox/service";
import { loadLetter } from "./drafts";
import { parafSchema } from "./schema";

/** The people of a template's chain: the first active account holding each position. */
async function resolveChain(templateId: number, skip: Set<string>, tx: Db) {
  const [tpl] = await tx
    .select({ chain: epaperTemplates.chain })
    .from(epaperTemplates)
    .where(eq(epaperTemplates.id, templateId));
  const steps: { label: string; userId: string }[] = [];
  for (const step of tpl?.chain ?? []) {
    const [u] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.position, step.position), eq(users.isActive, true)))
      .orderBy(asc(users.email))
      .limit(1);
    if (!u)
      throw errors.conflict(
        `Belum ada akun aktif dengan jabatan ${step.position} untuk rantai paraf. Hubungi administrator.`,
      );
    if (!skip.has(u.id)) steps.push({ label: step.label, userId: u.id });
  }
  return steps;
}

async function notifyUser(userId: string, subject: string, body: string, letterId: string, tx: Db) {
  // E-mail always; WhatsApp too when the account has a number, so a signer away from the office sees it.
  const [u] = await tx.select({ email: users.email, phone: users.phone }).from(users).where(eq(users.id, userId));
  await notifyContact(
    { email: u?.email, phone: u?.phone },
    { subject, body, relatedType: "epaper_letter", relatedId: letterId },
    tx,
  );
}

/** Notify whoever acts next: the next paraf step, or the signer once every paraf is given. */
async function notifyNext(
  letter: { id: string; subject: string; nature: string; signerId: string },
  next: { userId: string } | null,
  tx: Db,
) {
  // A rahasia letter's notice never carries its subject.
  const hal = letter.nature === "rahasia" ? "surat bersifat rahasia" : `"${letter.subject}"`;
  if (next)
    await notifyUser(
      next.userId,
      "Surat menunggu paraf Anda",
      `Draf ${hal} menunggu paraf Anda di Si Dilan (E-Paper).`,
      letter.id,
      tx,
    );
  else
    await notifyUser(
      letter.signerId,
      "Surat menunggu tanda tangan Anda",
      `Surat ${hal} telah diparaf lengkap dan menunggu tanda tangan elektronik Anda. Buka Si Dilan untuk membaca dan menandatanganinya.`,
      letter.id,
      tx,
    );
}

/** Submit a draft to its paraf chain; it is locked until someone returns it. */
export async function submitToChain(actor: Actor | null, id: string, tx: Db = defaultDb): Promise<{ steps: number }> {
  const me = await requirePermission(actor, "epaper.draft", tx);
  return tx.transaction(async (t) => {
    const letter = await loadLetter(me, id, { forUpdate: true, permission: "epaper.draft" }, t);
    if (letter.status !== "draf") throw errors.conflict("Surat ini sudah diajukan.");
    const steps = await resolveChain(letter.templateId, new Set([letter.signerId]), t);
    const [{ last }] = await t
      .select({ last: max(epaperParafs.round) })
      .from(epaperParafs)
      .where(eq(epaperParafs.letterId, id));
    const round = (last ?? 0) + 1;
    if (steps.length)
      await t
        .insert(epaperParafs)
        .values(steps.map((s, i) => ({ letterId: id, position: i, label: s.label, userId: s.userId, round })));
    const status = steps.length ? "paraf" : "menunggu_tte";
    await t
      .update(epaperLetters)
      .set({ status, currentStep: 0, updatedAt: new Date() })
      .where(eq(epaperLetters.id, id));
    await writeAudit(
      {
        actor: me,
        action: "epaper.submit",
        entityType: "epaper_letter",
        entityId: id,
        detail: { round, steps: steps.length },
      },
      t,
    );
    await notifyNext(letter, steps[0] ?? null, t);
    return { steps: steps.length };
  });
}

/** The paraf step waiting now (current round), or null. */
export async function pendingStep(letterId: string, tx: Db = defaultDb) {
  const [row] = await tx
    .select()
    .from(epaperParafs)
    .where(and(eq(epaperParafs.letterId, letterId), eq(epaperParafs.status, "menunggu")))
    .orderBy(asc(epaperParafs.round), asc(epaperParafs.position))
    .limit(1);
  return row ?? null;
}

/** Initial (paraf) or return with notes. Only the person of the waiting step may act, in order. */
export async function decideParaf(
  actor: Actor | null,
  id: string,
  input: unknown,
  tx: Db = defaultDb,
): Promise<{ status: string }> {
  const me = await requirePermission(actor, "epaper.paraf", tx);
  const data = parseInput(parafSchema, input);
  if (data.decision === "kembalikan" && !data.note)
    throw errors.validation({ note: ["Tulis catatan perbaikan saat mengembalikan draf."] });
  return tx.transaction(async (t) => {
    const letter = await loadLetter(me, id, { forUpdate: true, permission: "epaper.paraf" }, t);
    const step = letter.status === "paraf" ? await pendingStep(id, t) : null;
    if (!step) throw errors.conflict("Surat ini tidak sedang menunggu paraf.");
    if (step.userId !== me.id) throw errors.conflict(`Surat ini menunggu paraf ${step.label}, bukan Anda.`);
    const now = new Date();
    await t
      .update(epaperParafs)
      .set({ status: data.decision === "setuju" ? "disetujui" : "dikembalikan", note: data.note ?? null, actedAt: now })
      .where(eq(epaperParafs.id, step.id));
    let status: "draf" | "paraf" | "menunggu_tte";
    if (data.decision === "kembalikan") {
      // The rest of this round is void; a resubmission starts a new round.
      await t
        .delete(epaperParafs)
        .where(
          and(eq(epaperParafs.letterId, id), eq(epaperParafs.round, step.round), eq(epaperParafs.status, "menunggu")),
        );
      status = "draf";
      await notifyUser(
        letter.createdBy,
        "Draf surat dikembalikan",
        `${step.label} mengembalikan draf${letter.nature === "rahasia" ? "" : ` "${letter.subject}"`} dengan catatan: ${data.note}`,
        id,
        t,
      );
    } else {
      const next = await pendingStep(id, t);
      status = next ? "paraf" : "menunggu_tte";
      await notifyNext(letter, next, t);
    }
    await t
      .update(epaperLetters)
      .set({ status, currentStep: status === "paraf" ? step.position + 1 : 0, updatedAt: now })
      .where(eq(epaperLetters.id, id));
    await writeAudit(
      {
        actor: me,
        action: data.decision === "setuju" ? "epaper.paraf" : "epaper.return",
        entityType: "epaper_letter",
        entityId: id,
        detail: { step: step.label, round: step.round, note: data.note ?? null },
      },
      t,
    );
    return { status };
  });
}

/** The chain of a letter (every round), for the detail page. */
export async function chainOf(letterId: string, tx: Db = defaultDb) {
  return tx
    .select({
      id: epaperParafs.id,
      round: epaperParafs.round,
      position: epaperParafs.position,
      label: epaperParafs.label,
      status: epaperParafs.status,
      note: epaperParafs.note,
      actedAt: epaperParafs.actedAt,
      name: users.name,
      userId: epaperParafs.userId,
    })
    .from(epaperParafs)
    .innerJoin(users, eq(users.id, epaperParafs.userId))
    .where(eq(epaperParafs.letterId, letterId))
    .orderBy(asc(epaperParafs.round), asc(epaperParafs.position));
}
