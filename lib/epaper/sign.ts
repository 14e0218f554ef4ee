import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { verifySecondFactor } from "@/lib/auth/totp";
import { db as defaultDb } from "@/lib/db";
import { epaperLetters, epaperTemplates, outgoingLetters, users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { errors } from "@/lib/errors";
import { todayWita } from "@/lib/letters/input-checks";
import { parseInput } from "@/lib/validation";
import { issueNumbers, resolveRegister } from "@/lib/letters/number-allocation";
import { notifyContact } from "@/lib/outbox/service";
import { hitRateLimit } from "@/lib/rate-limit/service";
import { sha256Hex } from "@/lib/security/hash";
import { signerCredential } from "@/lib/signing/authority";
import { LocalPdfSigner, type PdfSigner } from "@/lib/signing/pdf-signer";
import { certInfo } from "@/lib/signing/x509";
import { activeDelegation } from "./delegations";
import { loadLetter, type EpaperLetter } from "./drafts";
import { buildLetterPdfData, capacityText, newLetterCode, type Capacity } from "./pdf-data";
import { renderLetterPdf } from "./pdf/letter-pdf";
import { signSchema } from "./schema";

/** In whose capacity the actor may sign this letter today: as the signer, or per a current delegation. */
async function capacityFor(
  me: Pick<Actor, "id">,
  letter: EpaperLetter,
  day: string,
  tx: Db,
): Promise<{ capacity: Capacity; delegationId: string | null }> {
  const [person] = await tx
    .select({ name: users.name, position: users.position })
    .from(users)
    .where(eq(users.id, me.id));
  if (me.id === letter.signerId)
    return {
      capacity: {
        mode: "sendiri",
        principalPosition: letter.signerPosition,
        signerName: person.name,
        signerPosition: person.position,
      },
      delegationId: null,
    };
  const d = await activeDelegation(letter.signerId, me.id, day, tx);
  if (!d)
    throw errors.conflict(
      "Anda bukan penanda tangan surat ini dan tidak memiliki delegasi (a.n./Plh.) yang berlaku hari ini.",
    );
  return {
    capacity: {
      mode: d.mode,
      principalPosition: letter.signerPosition,
      signerName: person.name,
      signerPosition: person.position,
    },
    delegationId: d.id,
  };
}

/**
 * Sign a letter whose paraf chain is complete, inside the caller's transaction (letter locked):
 * take the next number of the gap-free outgoing register, register the letter there, render the
 * final PDF with the number and a visible signature block, add the PAdES signature. A rollback
 * gives the number back. The password check happens before this (see signLetter); the demo seeder
 * calls this directly.
 */
export async function applyLetterSignature(
  me: Pick<Actor, "id" | "name" | "role">,
  id: string,
  opts: { now?: Date; signer?: PdfSigner } = {},
  tx: Db = defaultDb,
) {
  const letter = await loadLetter(me as Actor, id, { forUpdate: true, permission: "epaper.sign" }, tx);
  if (letter.status === "ditandatangani") throw errors.conflict(`Surat ini sudah ditandatangani: ${letter.number}.`);
  if (letter.status !== "menunggu_tte")
    throw errors.conflict("Surat belum diparaf lengkap: tanda tangan baru dapat dibuat setelah paraf terakhir.");
  const now = opts.now ?? new Date();
  const day = todayWita(now);
  const { capacity, delegationId } = await capacityFor(me, letter, day, tx);
  const [tpl] = await tx
    .select({ heading: epaperTemplates.heading })
    .from(epaperTemplates)
    .where(eq(epaperTemplates.id, letter.templateId));
  const reg = await resolveRegister("keluar", undefined, tx);
  const [num] = await issueNumbers(
    reg,
    { date: day, status: "dipakai", createdBy: me.id, classification: letter.classificationCode },
    tx,
  );
  const code = newLetterCode();
  const unsigned = await renderLetterPdf(
    await buildLetterPdfData(letter, { heading: tpl?.heading ?? null, number: num.number, date: day, code, capacity }),
  );
  const [person] = await tx
    .select({ id: users.id, name: users.name, email: users.email, unit: users.unit })
    .from(users)
    .where(eq(users.id, me.id));
  const { credential, certPem } = await signerCredential(person, tx);
  const pdf = await (opts.signer ?? new LocalPdfSigner(credential)).signPdf(unsigned, {
    signer: { userId: person.id, name: person.name, email: person.email },
    reason: `${capacityText(capacity)} — menandatangani surat ${num.number}`,
    location: "Balikpapan",
    signingTime: now,
  });
  const [out] = await tx
    .insert(outgoingLetters)
    .values({
      registerId: reg.id,
      numberId: num.id,
      number: num.number,
      numberYear: num.year,
      numberSeq: num.seq,
      status: "terbit",
      subject: letter.subject,
      recipients: letter.recipients.map((r) => r.name).join("\n"),
      copies: letter.copies.length ? letter.copies.map((c) => c.name).join("\n") : null,
      classificationCode: letter.classificationCode,
      nature: letter.nature,
      signer: `${capacityText(capacity)} (${person.name})`,
      letterDate: day,
      summary: `E-Paper, ditandatangani elektronik. Kode verifikasi ${code}.`,
      createdBy: letter.createdBy,
      issuedBy: me.id,
      issuedAt: now,
    })
    .returning({ id: outgoingLetters.id });
  await tx
    .update(epaperLetters)
    .set({
      status: "ditandatangani",
      outgoingLetterId: out.id,
      number: num.number,
      letterDate: day,
      code,
      pdf,
      sha256: sha256Hex(pdf),
      signedAt: now,
      signedBy: me.id,
      delegationId,
      certificateSubject: certInfo(certPem).subject,
      updatedAt: now,
    })
    .where(eq(epaperLetters.id, id));
  if (letter.supersedesId)
    await tx
      .update(epaperLetters)
      .set({ supersededAt: now })
      .where(and(eq(epaperLetters.id, letter.supersedesId), eq(epaperLetters.status, "ditandatangani")));
  const [drafter] = await tx.select({ email: users.email }).from(users).where(eq(users.id, letter.createdBy));
  await notifyContact(
    { email: drafter?.email },
    {
      subject: `Surat ditandatangani: ${num.number}`,
      body: `Surat nomor ${num.number} telah ditandatangani secara elektronik dan siap dikirim dari Si Dilan.`,
      relatedType: "epaper_letter",
      relatedId: id,
    },
    tx,
  );
  await writeAudit(
    {
      actor: me,
      action: "epaper.sign",
      entityType: "epaper_letter",
      entityId: id,
      detail: { number: num.number, code, outgoingLetterId: out.id, delegationId, capacity: capacity.mode },
    },
    tx,
  );
  return { number: num.number, code, outgoingLetterId: out.id };
}

/** Sign with the account password (plus the TOTP code when the signer has enabled it). */
export async function signLetter(
  actor: Actor | null,
  id: string,
  input: unknown,
  tx: Db = defaultDb,
): Promise<{ number: string; code: string }> {
  const me = await requirePermission(actor, "epaper.sign", tx);
  const data = parseInput(signSchema, input);
  const limit = await hitRateLimit(`epaper.sign:${me.id}`, 20, 900, tx);
  if (!limit.allowed)
    throw errors.rateLimited(limit.retryAfter, "Terlalu banyak percobaan tanda tangan. Coba lagi nanti.");
  const [user] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  const fail = async (field: "password" | "otp", message: string) => {
    await writeAudit(
      {
        actor: me,
        action: "epaper.sign",
        outcome: "failure",
        entityType: "epaper_letter",
        entityId: id,
        detail: { reason: field === "password" ? "kata sandi salah" : "kode autentikator salah" },
      },
      tx,
    );
    return errors.validation({ [field]: [message] }, message);
  };
  if (!user || !(await verifyPassword(user.passwordHash, data.password)))
    throw await fail("password", "Kata sandi salah. Tanda tangan tidak dibuat.");
  if (me.totpEnabled && !(data.otp && (await verifySecondFactor(me.id, data.otp, tx))))
    throw await fail("otp", "Kode autentikator salah atau kosong. Tanda tangan tidak dibuat.");
  return tx.transaction((t) => applyLetterSignature(me, id, {}, t));
}
