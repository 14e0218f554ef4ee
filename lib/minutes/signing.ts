import "server-only";
import { and, desc, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import type { Actor } from "@/lib/auth/roles";
import { minutes, minutesDocuments, minutesSignatures, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { notifyContact } from "@/lib/outbox/service";
import { sha256Hex } from "@/lib/security/hash";
import { signerCredential } from "@/lib/signing/authority";
import { LocalPdfSigner, type PdfSigner } from "@/lib/signing/pdf-signer";
import { certInfo } from "@/lib/signing/x509";
import type { MeetingScope } from "./access";
import { guard, type MinutesStatus, type WorkflowContext } from "./workflow-rules";

/** The document being signed (the newest, not complete) or the newest complete one. */
export async function currentDocument(minutesId: string, opts: { forUpdate?: boolean } = {}, tx: Db = db) {
  const q = tx
    .select()
    .from(minutesDocuments)
    .where(eq(minutesDocuments.minutesId, minutesId))
    .orderBy(desc(minutesDocuments.documentVersion))
    .limit(1);
  const [doc] = opts.forUpdate ? await q.for("update") : await q;
  return doc ?? null;
}

/** The guard context of a meeting scope and its current document's signatures. */
export async function workflowContext(scope: MeetingScope, tx: Db = db): Promise<WorkflowContext> {
  const doc = await currentDocument(scope.minutes.id, undefined, tx);
  const sigs =
    doc && !doc.completedAt
      ? await tx
          .select({ role: minutesSignatures.role })
          .from(minutesSignatures)
          .where(eq(minutesSignatures.documentId, doc.id))
      : [];
  return {
    status: scope.minutes.status as MinutesStatus,
    isChair: scope.isChair,
    isSecretary: scope.isSecretary,
    isOffice: scope.isOffice,
    nature: scope.meeting.nature,
    chairSigned: sigs.some((s) => s.role === "ketua"),
    secretarySigned: sigs.some((s) => s.role === "sekretaris"),
  };
}

const ROLE_TEXT = { ketua: "Ketua Rapat", sekretaris: "Sekretaris Rapat" } as const;

/**
 * Add one signature to the current document (inside the caller's transaction, scope locked). The
 * chair signs first; the secretary's signature completes the document: its SHA-256 is fixed, the
 * minutes become `ditandatangani` and a previous version is marked superseded. The password check
 * happens before this (see signMinutes); the demo seeder calls this directly.
 */
export async function applySignature(
  scope: MeetingScope,
  actor: Pick<Actor, "id" | "name" | "role">,
  signer?: PdfSigner,
  tx: Db = db,
): Promise<{ role: "ketua" | "sekretaris"; completed: boolean; documentId: string }> {
  const ctx = await workflowContext(scope, tx);
  const g = guard("tandatangani", ctx);
  if (!g.ok) throw errors.conflict(g.reason);
  const role = g.signAs!;
  const doc = await currentDocument(scope.minutes.id, { forUpdate: true }, tx);
  if (!doc || doc.completedAt) throw errors.conflict("Dokumen risalah final belum dibuat.");
  const [person] = await tx
    .select({ id: users.id, name: users.name, email: users.email, unit: users.unit })
    .from(users)
    .where(eq(users.id, actor.id));
  const { certificateId, credential, certPem } = await signerCredential(person, tx);
  const signingTime = new Date();
  const pdf = await (signer ?? new LocalPdfSigner(credential)).signPdf(doc.pdf, {
    signer: { userId: person.id, name: person.name, email: person.email },
    reason: `${ROLE_TEXT[role]} — ${role === "ketua" ? "menyetujui" : "mengesahkan"} risalah rapat`,
    location: "Balikpapan",
    signingTime,
  });
  const completed = role === "sekretaris";
  const info = certInfo(certPem);
  await tx
    .update(minutesDocuments)
    .set({ pdf, size: pdf.length, ...(completed ? { sha256: sha256Hex(pdf), completedAt: signingTime } : {}) })
    .where(eq(minutesDocuments.id, doc.id));
  await tx.insert(minutesSignatures).values({
    documentId: doc.id,
    role,
    signerId: person.id,
    signerName: person.name,
    certificateId,
    certificateSubject: info.subject,
    certificateIssuer: info.issuer,
    signedAt: signingTime,
  });
  if (completed) {
    await tx
      .update(minutes)
      .set({ status: "ditandatangani", updatedAt: signingTime })
      .where(eq(minutes.id, scope.minutes.id));
    await tx
      .update(minutesDocuments)
      .set({ supersededAt: signingTime })
      .where(
        and(
          eq(minutesDocuments.minutesId, scope.minutes.id),
          ne(minutesDocuments.id, doc.id),
          isNotNull(minutesDocuments.completedAt),
          isNull(minutesDocuments.supersededAt),
        ),
      );
  } else {
    const [secretary] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, scope.meeting.secretaryId));
    await notifyContact(
      { email: secretary?.email },
      {
        subject: `Risalah menunggu tanda tangan Anda: ${scope.meeting.title}`,
        body: `Ketua rapat telah menandatangani risalah "${scope.meeting.title}". Silakan tandatangani sebagai sekretaris rapat di Si Dilan.`,
        relatedType: "minutes",
        relatedId: scope.minutes.id,
      },
      tx,
    );
  }
  await writeAudit(
    {
      actor,
      action: `minutes.sign.${role}`,
      entityType: "minutes_document",
      entityId: doc.id,
      detail: { meetingId: scope.meeting.id, documentVersion: doc.documentVersion, completed },
    },
    tx,
  );
  return { role, completed, documentId: doc.id };
}
