import "server-only";
import { and, eq, ne, notInArray, sql } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { logDenied, requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { aspirationEvents, aspirations } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { normalizeTrackingCode } from "@/lib/tracking/code";
import { assertNoConfidentialCode } from "./confidential";
import { loadAspiration, resolveArea, resolveCategory, resolveKomisi, type AspirationRow } from "./lookups";
import { canTransition, STATUS_LABELS, type AspirationStatus } from "./constants";
import { notifyCitizen } from "./notify";
import {
  editSchema,
  forwardRequestSchema,
  mergeSchema,
  noteSchema,
  redirectSchema,
  rejectSchema,
  statusSchema,
  verifySchema,
} from "./schema";
import { canSeeAspiration } from "./policy";
import { isUuid, parseInput } from "@/lib/validation";

interface Change {
  kind: string;
  toStatus?: AspirationStatus;
  publicNote?: string | null;
  internalNote?: string | null;
  patch?: Partial<typeof aspirations.$inferInsert>;
  audit?: Record<string, unknown>;
}

/**
 * Apply one change inside a transaction: status check, row update, event, audit entry, and the
 * citizen's notice when something public changed. Returns the updated row.
 */
async function applyChange(tx: Db, me: Actor, a: AspirationRow, c: Change, now = new Date()): Promise<void> {
  if (c.toStatus && c.toStatus !== a.status && !canTransition(a.status, c.toStatus)) {
    throw errors.conflict(
      `Status "${STATUS_LABELS[a.status]}" tidak dapat diubah menjadi "${STATUS_LABELS[c.toStatus]}".`,
    );
  }
  const statusChanged = Boolean(c.toStatus && c.toStatus !== a.status);
  const publicNote = c.publicNote || null;
  await assertNoConfidentialCode(publicNote, "publicNote", a.id, tx);
  const patch: Partial<typeof aspirations.$inferInsert> = { ...c.patch, updatedAt: now };
  if (statusChanged) patch.status = c.toStatus;
  if (c.toStatus === "diverifikasi" && !a.verifiedAt) patch.verifiedAt = now;
  if (publicNote && !a.firstResponseAt) patch.firstResponseAt = now;
  if (statusChanged && ["selesai", "ditolak", "dialihkan", "digabung"].includes(c.toStatus!)) patch.closedAt = now;
  await tx.update(aspirations).set(patch).where(eq(aspirations.id, a.id));
  await tx.insert(aspirationEvents).values({
    aspirationId: a.id,
    at: now,
    actorId: me.id,
    kind: c.kind,
    fromStatus: statusChanged ? a.status : null,
    toStatus: statusChanged ? c.toStatus : null,
    publicNote,
    internalNote: c.internalNote || null,
  });
  await writeAudit(
    {
      actor: me,
      action: `aspiration.${c.kind}`,
      entityType: "aspiration",
      entityId: a.id,
      detail: {
        trackingCode: a.trackingCode,
        ...(statusChanged ? { from: a.status, to: c.toStatus } : {}),
        publicNote: Boolean(publicNote),
        ...c.audit,
      },
    },
    tx,
  );
  if (statusChanged || publicNote) {
    await notifyCitizen(a, { kind: "update", status: statusChanged ? c.toStatus : undefined, publicNote }, tx);
  }
}

/** Run `fn` on a locked aspiration the actor may act on (staff: any; member: visibility rule, else 404). */
async function withAspiration(
  db: Db,
  actor: Actor,
  id: string,
  fn: (tx: Db, a: AspirationRow) => Promise<void>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const a = await loadAspiration(id, true, tx);
    if (!canSeeAspiration(actor, a)) {
      await logDenied(actor, "aspiration.scope", { type: "aspiration", id }, tx);
      throw errors.notFound("Aspirasi");
    }
    await fn(tx, a);
  });
}

/** Verify and route an aspiration (staff): category/area may be corrected, to dapil and/or komisi. */
export async function verifyAspiration(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "aspiration.triage", tx);
  const v = parseInput(verifySchema, input);
  const [categoryId, komisiId] = await Promise.all([
    v.category ? resolveCategory(v.category, undefined, tx) : undefined,
    resolveKomisi(v.komisi, tx),
  ]);
  const area =
    v.kelurahan || v.citywide ? await resolveArea({ kelurahan: v.kelurahan, citywide: v.citywide }, tx) : undefined;
  await withAspiration(tx, me, id, async (tx, a) => {
    const dapilId = area ? area.dapilId : a.dapilId;
    if (v.routeDapil && !dapilId)
      throw errors.validation({
        routeDapil: ["Aspirasi tanpa kelurahan tidak dapat diteruskan ke dapil. Pilih kelurahan atau komisi."],
      });
    await applyChange(tx, me, a, {
      kind: "verify",
      toStatus: "diverifikasi",
      publicNote: v.publicNote,
      internalNote: v.internalNote,
      patch: {
        ...(categoryId ? { categoryId } : {}),
        ...(area ?? {}),
        routedToDapil: v.routeDapil,
        routedKomisiId: komisiId,
      },
      audit: { routedToDapil: v.routeDapil, komisiId, dapilId },
    });
  });
}

/** Correct category or area without a status change (staff). */
export async function editAspiration(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "aspiration.triage", tx);
  const v = parseInput(editSchema, input);
  const categoryId = v.category ? await resolveCategory(v.category, undefined, tx) : undefined;
  const area =
    v.kelurahan || v.citywide ? await resolveArea({ kelurahan: v.kelurahan, citywide: v.citywide }, tx) : undefined;
  await withAspiration(tx, me, id, (tx, a) =>
    applyChange(tx, me, a, {
      kind: "edit",
      internalNote: v.internalNote,
      patch: { ...(categoryId ? { categoryId } : {}), ...(area ?? {}) },
      audit: { categoryId, area },
    }),
  );
}

/** Move to ditindaklanjuti or selesai with optional notes (staff, or a member in scope). */
export async function changeStatus(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "aspiration.respond", tx);
  const v = parseInput(statusSchema, input);
  if (v.status !== "ditindaklanjuti" && v.status !== "selesai")
    throw errors.validation({ status: ["Gunakan tindakan khusus untuk status ini."] });
  await withAspiration(tx, me, id, (tx, a) =>
    applyChange(tx, me, a, {
      kind: "status",
      toStatus: v.status,
      publicNote: v.publicNote,
      internalNote: v.internalNote,
    }),
  );
}

/** A public answer and/or an internal note (staff, or a member in scope). A member's first answer starts the follow-up. */
export async function addNote(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "aspiration.respond", tx);
  const v = parseInput(noteSchema, input);
  await withAspiration(tx, me, id, async (tx, a) => {
    if (["ditolak", "digabung"].includes(a.status) && v.publicNote)
      throw errors.conflict("Aspirasi ini sudah ditutup; tambahkan catatan internal saja.");
    const toStatus = v.publicNote && a.status === "diverifikasi" ? "ditindaklanjuti" : undefined;
    await applyChange(tx, me, a, {
      kind: v.publicNote ? "answer" : "note",
      toStatus,
      publicNote: v.publicNote,
      internalNote: v.internalNote,
    });
  });
}

/** Reject with a public reason (ditolak). */
export async function rejectAspiration(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "aspiration.triage", tx);
  const v = parseInput(rejectSchema, input);
  await withAspiration(tx, me, id, (tx, a) =>
    applyChange(tx, me, a, { kind: "reject", toStatus: "ditolak", publicNote: v.reason, internalNote: v.internalNote }),
  );
}

/** Hand over to an outside agency (dialihkan) with a reason; never silently dropped. */
export async function redirectAspiration(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "aspiration.triage", tx);
  const v = parseInput(redirectSchema, input);
  const agency = v.agencyDetail ? `${v.agency} — ${v.agencyDetail}` : v.agency;
  await withAspiration(tx, me, id, (tx, a) =>
    applyChange(tx, me, a, {
      kind: "redirect",
      toStatus: "dialihkan",
      publicNote: `Dialihkan ke ${agency}. ${v.reason}`,
      internalNote: v.internalNote,
      patch: { externalAgency: agency },
    }),
  );
}

/** Merge a duplicate into another aspiration (by id or tracking code); the duplicate becomes digabung. */
export async function mergeAspiration(
  actor: Actor | null,
  id: string,
  input: unknown,
  tx: Db = db,
): Promise<{ targetId: string }> {
  const me = await requirePermission(actor, "aspiration.triage", tx);
  const v = parseInput(mergeSchema, input);
  const code = normalizeTrackingCode(v.target);
  const targetCond = code ? eq(aspirations.trackingCode, code) : isUuid(v.target) ? eq(aspirations.id, v.target) : null;
  if (!targetCond) throw errors.validation({ target: ["Masukkan kode lacak aspirasi tujuan, mis. ASP-7KX9-Q2MD."] });
  let targetId = "";
  await withAspiration(tx, me, id, async (tx, a) => {
    const [t] = await tx.select().from(aspirations).where(targetCond);
    if (!t) throw errors.validation({ target: ["Aspirasi tujuan tidak ditemukan."] });
    if (t.id === a.id) throw errors.validation({ target: ["Aspirasi tidak dapat digabung ke dirinya sendiri."] });
    if (["digabung", "ditolak"].includes(t.status))
      throw errors.validation({ target: ["Aspirasi tujuan sudah digabung atau ditolak; pilih aspirasi lain."] });
    targetId = t.id;
    await applyChange(tx, me, a, {
      kind: "merge",
      toStatus: "digabung",
      // A confidential target's code is never published (anyone could follow it with the code).
      publicNote:
        v.publicNote ||
        (t.isConfidential
          ? "Digabung dengan aspirasi serupa yang ditangani bersama; tindak lanjutnya tidak ditampilkan di sini."
          : `Digabung dengan aspirasi serupa ${t.trackingCode}; tindak lanjutnya dapat dilacak dengan kode tersebut.`),
      patch: { mergedIntoId: t.id },
      audit: { into: t.trackingCode },
    });
    await tx.insert(aspirationEvents).values({
      aspirationId: t.id,
      actorId: me.id,
      kind: "merge",
      internalNote: `Aspirasi ${a.trackingCode} digabung ke sini.`,
    });
  });
  return { targetId };
}

export interface MergeSuggestion {
  id: string;
  trackingCode: string;
  title: string;
  status: AspirationStatus;
  similarity: number;
}

/** Likely duplicates by title similarity (pg_trgm), same kelurahan first (staff). */
export async function mergeSuggestions(
  actor: Actor | null,
  id: string,
  limit = 5,
  tx: Db = db,
): Promise<MergeSuggestion[]> {
  await requirePermission(actor, "aspiration.triage", tx);
  const a = await loadAspiration(id, undefined, tx);
  const sim = sql<number>`similarity(${aspirations.title}, ${a.title})`;
  const rows = await tx
    .select({
      id: aspirations.id,
      trackingCode: aspirations.trackingCode,
      title: aspirations.title,
      status: aspirations.status,
      similarity: sim,
    })
    .from(aspirations)
    .where(
      and(
        ne(aspirations.id, a.id),
        notInArray(aspirations.status, ["digabung", "ditolak"]),
        sql`${aspirations.title} % ${a.title}`,
      ),
    )
    .orderBy(sql`(${aspirations.kelurahanId} is not distinct from ${a.kelurahanId}) desc`, sql`${sim} desc`)
    .limit(limit);
  return rows.map((r) => ({ ...r, similarity: Number(r.similarity) }));
}

/** A member asks the secretariat to forward the aspiration to a komisi or an OPD (internal). */
export async function requestForward(actor: Actor | null, id: string, input: unknown, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "aspiration.respond", tx);
  const v = parseInput(forwardRequestSchema, input);
  await withAspiration(tx, me, id, (tx, a) =>
    applyChange(tx, me, a, {
      kind: "forward_request",
      internalNote: `Permintaan diteruskan ke: ${v.target}${v.note ? `. ${v.note}` : ""}`,
      audit: { target: v.target },
    }),
  );
}
