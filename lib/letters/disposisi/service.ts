import "server-only";
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { disposisi, incomingLetters, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import type { IncomingStatus } from "../constants";
import { disposisiReportSchema, disposisiSchema, type DisposisiInput } from "../schema";
import { addressedTo, incomingById } from "../policy";
import { deriveLetterStatus } from "../status";
import { notifyLetterDone, notifyNewBranch } from "./notify";
import { resolveRecipients, type ResolvedRecipient } from "./recipients";
import { parseInput, isUuid } from "@/lib/validation";

type LockedLetter = {
  id: string;
  agendaNumber: string;
  subject: string;
  nature: string;
  status: IncomingStatus;
  addressee: string;
  createdBy: string;
};

/** Lock the letter row so concurrent branch changes recompute its status one after another. */
async function lockLetter(tx: Db, where: SQL): Promise<LockedLetter | undefined> {
  const [row] = await tx
    .select({
      id: incomingLetters.id,
      agendaNumber: incomingLetters.agendaNumber,
      subject: incomingLetters.subject,
      nature: incomingLetters.nature,
      status: incomingLetters.status,
      addressee: incomingLetters.addressee,
      createdBy: incomingLetters.createdBy,
    })
    .from(incomingLetters)
    .where(where)
    .for("update");
  return row;
}

/** Recompute the letter's status from all its branches; tells the registrar when it is done. */
async function refreshLetterStatus(tx: Db, letter: LockedLetter): Promise<IncomingStatus> {
  const branches = await tx
    .select({ status: disposisi.status })
    .from(disposisi)
    .where(eq(disposisi.letterId, letter.id));
  const next = deriveLetterStatus(letter.status, branches);
  if (next !== letter.status) {
    await tx
      .update(incomingLetters)
      .set({ status: next, updatedAt: new Date() })
      .where(eq(incomingLetters.id, letter.id));
    if (next === "selesai") {
      const [registrar] = await tx
        .select({ id: users.id, name: users.name, email: users.email, role: users.role })
        .from(users)
        .where(eq(users.id, letter.createdBy));
      if (registrar) await notifyLetterDone(registrar, letter, tx);
    }
  }
  return next;
}

async function insertBranches(
  tx: Db,
  me: Actor,
  letter: LockedLetter,
  parent: { id: string; depth: number } | null,
  fromLabel: string,
  data: DisposisiInput,
  recips: ResolvedRecipient[],
) {
  const ids: string[] = [];
  for (const [i, r] of recips.entries()) {
    const spec = data.recipients[i];
    const [row] = await tx
      .insert(disposisi)
      .values({
        letterId: letter.id,
        parentId: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 0,
        fromUserId: me.id,
        fromLabel,
        recipientKind: r.kind,
        recipientUserId: r.userId,
        recipientUnit: r.unit,
        recipientKomisiId: r.komisiId,
        recipientLabel: r.label,
        instructions: spec.instructions,
        note: spec.note ?? null,
        dueOn: spec.dueOn ?? null,
      })
      .returning({ id: disposisi.id });
    ids.push(row.id);
    await notifyNewBranch(
      r.people,
      {
        letterId: letter.id,
        agendaNumber: letter.agendaNumber,
        subject: letter.subject,
        rahasia: letter.nature === "rahasia",
        fromLabel,
        recipientLabel: r.label,
        instructions: spec.instructions,
        note: spec.note,
        dueOn: spec.dueOn,
      },
      tx,
    );
  }
  await writeAudit(
    {
      actor: me,
      action: parent ? "letter.disposisi.forward" : "letter.disposisi.create",
      entityType: "incoming_letter",
      entityId: letter.id,
      detail: { branches: ids, parentId: parent?.id ?? null, recipients: recips.map((r) => r.key) },
    },
    tx,
  );
  return ids;
}

/**
 * Dispose a letter to several recipients at once (the root branches). Staff enter the addressee's
 * instruction; `fromLabel` names whose it is (default: the letter's addressee).
 */
export async function disposeLetter(
  actor: Actor | null,
  letterId: string,
  input: unknown,
  tx: Db = db,
): Promise<string[]> {
  const me = await requirePermission(actor, "letter.dispose", tx);
  const data = parseInput(disposisiSchema, input);
  if (!isUuid(letterId)) throw errors.notFound("Surat");
  const recips = await resolveRecipients(
    data.recipients.map((r) => r.key),
    tx,
  );
  return tx.transaction(async (tx) => {
    const letter = await lockLetter(tx, incomingById(me, letterId));
    if (!letter) {
      await logDenied(me, "letter.dispose", { type: "incoming_letter", id: letterId }, tx);
      throw errors.notFound("Surat");
    }
    if (letter.status === "diarsipkan")
      throw errors.conflict("Surat sudah diarsipkan dan tidak dapat didisposisikan lagi.");
    const ids = await insertBranches(tx, me, letter, null, data.fromLabel ?? letter.addressee, data, recips);
    await refreshLetterStatus(tx, letter);
    return ids;
  });
}

/** A branch addressed to the actor, locked together with its letter; others get 404. */
async function myBranch(tx: Db, me: Actor, branchId: string, permission: string) {
  const [b] = isUuid(branchId)
    ? await tx
        .select({
          id: disposisi.id,
          letterId: disposisi.letterId,
          depth: disposisi.depth,
          status: disposisi.status,
          recipientKind: disposisi.recipientKind,
          recipientLabel: disposisi.recipientLabel,
        })
        .from(disposisi)
        .where(and(eq(disposisi.id, branchId), addressedTo(me)))
    : [];
  if (!b) {
    await logDenied(me, permission, { type: "disposisi", id: branchId }, tx);
    throw errors.notFound("Disposisi");
  }
  const letter = (await lockLetter(tx, eq(incomingLetters.id, b.letterId)))!;
  const [fresh] = await tx.select({ status: disposisi.status }).from(disposisi).where(eq(disposisi.id, b.id));
  return { branch: { ...b, status: fresh.status }, letter };
}

/** Pass a branch further down to one or more recipients (after confirming receipt). */
export async function forwardDisposisi(
  actor: Actor | null,
  branchId: string,
  input: unknown,
  tx: Db = db,
): Promise<string[]> {
  const me = await requirePermission(actor, "letter.disposisi.receive", tx);
  const data = parseInput(disposisiSchema, input);
  const recips = await resolveRecipients(
    data.recipients.map((r) => r.key),
    tx,
  );
  return tx.transaction(async (tx) => {
    const { branch, letter } = await myBranch(tx, me, branchId, "letter.disposisi.receive");
    if (branch.status === "dikirim") throw errors.conflict("Konfirmasi penerimaan disposisi ini terlebih dahulu.");
    if (branch.status === "selesai") throw errors.conflict("Cabang disposisi ini sudah ditutup.");
    const fromLabel = branch.recipientKind === "user" ? branch.recipientLabel : `${branch.recipientLabel} (${me.name})`;
    const ids = await insertBranches(tx, me, letter, branch, fromLabel, data, recips);
    if (branch.status === "diterima")
      await tx.update(disposisi).set({ status: "ditindaklanjuti" }).where(eq(disposisi.id, branch.id));
    await refreshLetterStatus(tx, letter);
    return ids;
  });
}

/** Confirm receipt of a branch; the time is recorded. Confirming twice changes nothing. */
export async function receiveDisposisi(
  actor: Actor | null,
  branchId: string,
  tx: Db = db,
): Promise<{ alreadyReceived: boolean }> {
  const me = await requirePermission(actor, "letter.disposisi.receive", tx);
  return tx.transaction(async (tx) => {
    const { branch, letter } = await myBranch(tx, me, branchId, "letter.disposisi.receive");
    if (branch.status !== "dikirim") return { alreadyReceived: true };
    await tx
      .update(disposisi)
      .set({ status: "diterima", receivedAt: new Date(), receivedBy: me.id })
      .where(eq(disposisi.id, branch.id));
    await writeAudit(
      {
        actor: me,
        action: "letter.disposisi.receive",
        entityType: "disposisi",
        entityId: branch.id,
        detail: { letterId: letter.id },
      },
      tx,
    );
    await refreshLetterStatus(tx, letter);
    return { alreadyReceived: false };
  });
}

/**
 * Report the follow-up of a branch and optionally close it. A branch closes only when the branches
 * passed down from it are closed; the letter is `selesai` when every branch is.
 */
export async function reportDisposisi(
  actor: Actor | null,
  branchId: string,
  input: unknown,
  tx: Db = db,
): Promise<{ closed: boolean; letterStatus: IncomingStatus }> {
  const me = await requirePermission(actor, "letter.disposisi.receive", tx);
  const data = parseInput(disposisiReportSchema, input);
  return tx.transaction(async (tx) => {
    const { branch, letter } = await myBranch(tx, me, branchId, "letter.disposisi.receive");
    if (branch.status === "dikirim") throw errors.conflict("Konfirmasi penerimaan disposisi ini terlebih dahulu.");
    if (branch.status === "selesai") throw errors.conflict("Cabang disposisi ini sudah ditutup.");
    if (data.close) {
      const [{ open }] = await tx
        .select({ open: sql<number>`count(*)::int` })
        .from(disposisi)
        .where(and(eq(disposisi.parentId, branch.id), ne(disposisi.status, "selesai")));
      if (open > 0)
        throw errors.validation({
          close: [
            `Masih ada ${open} disposisi turunan yang belum selesai. Cabang ini dapat ditutup setelah semuanya selesai.`,
          ],
        });
    }
    const now = new Date();
    await tx
      .update(disposisi)
      .set({
        reportNote: data.note,
        reportedAt: now,
        reportedBy: me.id,
        status: data.close ? "selesai" : "ditindaklanjuti",
        ...(data.close ? { closedAt: now, closedBy: me.id } : {}),
      })
      .where(eq(disposisi.id, branch.id));
    await writeAudit(
      {
        actor: me,
        action: data.close ? "letter.disposisi.close" : "letter.disposisi.report",
        entityType: "disposisi",
        entityId: branch.id,
        detail: { letterId: letter.id },
      },
      tx,
    );
    const letterStatus = await refreshLetterStatus(tx, letter);
    return { closed: data.close, letterStatus };
  });
}
