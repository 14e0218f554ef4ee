import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { signerCertificates, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { AppError, errors, type FieldErrors } from "@/lib/errors";
import { checkbox, fieldErrorsOf, optionalText } from "@/lib/validation";
import { organisationCaPem, storeCredential } from "./authority";
import { OVERRIDABLE, subjectChecks, usageChecks, validateChain } from "./checks";
import { trustAnchorsDer } from "./trust";
import { certInfo, fromP12 } from "./x509";

/** Largest PKCS#12 accepted (real ones are a few kilobytes). */
export const P12_MAX_BYTES = 100 * 1024;

export const importP12Schema = z
  .object({
    userId: z.uuid({ error: "Pilih penanda tangan." }),
    passphrase: z
      .string({ error: "Kata sandi berkas wajib diisi." })
      .min(1, "Kata sandi berkas wajib diisi.")
      .max(200, "Kata sandi berkas terlalu panjang."),
    override: checkbox(),
    overrideReason: optionalText("Alasan pengecualian", 500),
  })
  .superRefine((v, ctx) => {
    if (v.override && (v.overrideReason ?? "").length < 10)
      ctx.addIssue({
        code: "custom",
        path: ["overrideReason"],
        message: "Tulis alasan pengecualian (minimal 10 karakter).",
      });
  });

/** Signers (members and staff) with their active certificate, for the admin page. */
export async function listSigners(actor: Actor | null, tx: Db = db) {
  await requirePermission(actor, "signers.manage", tx);
  const people = await tx
    .select({ id: users.id, name: users.name, role: users.role, position: users.position })
    .from(users)
    .where(eq(users.isActive, true))
    .orderBy(asc(users.role), asc(users.name));
  const certs = await tx
    .select({
      id: signerCertificates.id,
      userId: signerCertificates.userId,
      source: signerCertificates.source,
      subject: signerCertificates.subject,
      issuer: signerCertificates.issuer,
      serialNumber: signerCertificates.serialNumber,
      notBefore: signerCertificates.notBefore,
      notAfter: signerCertificates.notAfter,
      fingerprint: signerCertificates.fingerprint,
      chainVerified: signerCertificates.chainVerified,
      override: signerCertificates.override,
      createdAt: signerCertificates.createdAt,
    })
    .from(signerCertificates)
    .where(eq(signerCertificates.isActive, true))
    .orderBy(desc(signerCertificates.createdAt));
  return { people, certificates: certs, caPem: await organisationCaPem(tx) };
}

/**
 * Import a signer's PKCS#12 from a licensed CA (e.g. BSrE) in place of the organisation certificate.
 * The file is opened with its passphrase, checked, then stored re-wrapped under SIGNING_KEY; the
 * passphrase itself is never stored.
 */
export async function importSignerP12(
  actor: Actor | null,
  input: { userId?: unknown; passphrase?: unknown; override?: unknown; overrideReason?: unknown; file?: Buffer | null },
  tx: Db = db,
): Promise<string> {
  const me = await requirePermission(actor, "signers.manage", tx);
  const parsed = importP12Schema.safeParse(input);
  const fe: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (!input.file || input.file.length === 0) fe.berkas = ["Pilih berkas PKCS#12 (.p12 atau .pfx)."];
  else if (input.file.length > P12_MAX_BYTES)
    throw new AppError("payload_too_large", "Berkas PKCS#12 terlalu besar (maksimal 100 KB).", {
      fieldErrors: { berkas: ["Berkas terlalu besar."] },
    });
  if (!parsed.success || fe.berkas) throw errors.validation(fe);
  const [person] = await tx
    .select({
      id: users.id,
      name: users.name,
      nik: users.nik,
      email: users.email,
      unit: users.unit,
      isActive: users.isActive,
    })
    .from(users)
    .where(eq(users.id, parsed.data.userId));
  if (!person || !person.isActive) throw errors.validation({ userId: ["Pengguna tidak dikenal atau tidak aktif."] });
  let credential;
  try {
    credential = fromP12(input.file!, parsed.data.passphrase);
  } catch (e) {
    throw errors.validation({ berkas: [(e as Error).message] }, (e as Error).message);
  }
  const info = certInfo(credential.certPem);
  const failed = [...usageChecks(credential.certPem), ...subjectChecks(credential.certPem, person)];
  const chain = validateChain(credential.certDer, credential.chainDer, await trustAnchorsDer(tx));
  if (!chain.ok)
    failed.push({
      code: "rantai",
      message: `Rantai sertifikat tidak tervalidasi terhadap akar tepercaya: ${chain.reason}`,
    });
  const hard = failed.filter((f) => !OVERRIDABLE.includes(f.code));
  const overridden = parsed.data.override && hard.length === 0 && failed.length > 0;
  if (failed.length > 0 && !overridden) {
    // A refused import is recorded too: someone tried to attach a certificate to this person.
    await writeAudit(
      {
        actor: me,
        action: "signer.importP12",
        outcome: "failure",
        entityType: "user",
        entityId: person.id,
        detail: {
          subject: info.subject,
          issuer: info.issuer,
          fingerprint: info.fingerprint,
          failedChecks: failed.map((f) => f.code),
          overrideRequested: parsed.data.override,
        },
      },
      tx,
    );
    const note =
      hard.length > 0
        ? " Pemeriksaan masa berlaku dan penggunaan kunci tidak dapat dikecualikan."
        : " Jika Anda yakin sertifikat ini benar, centang pengecualian dan tulis alasannya.";
    throw errors.validation(
      { berkas: failed.map((f) => f.message) },
      `Sertifikat ditolak. Pemeriksaan yang gagal: ${failed.map((f) => f.message).join(" ")}${note}`,
    );
  }
  const override = overridden ? { checks: failed.map((f) => f.code), reason: parsed.data.overrideReason! } : null;
  return tx.transaction(async (tx) => {
    await tx
      .update(signerCertificates)
      .set({ isActive: false })
      .where(and(eq(signerCertificates.userId, person.id), eq(signerCertificates.isActive, true)));
    const id = await storeCredential(person, credential, "impor", me.id, { chainVerified: chain.ok, override }, tx);
    if (!id) throw errors.conflict("Sertifikat tidak dapat disimpan. Coba lagi.");
    await writeAudit(
      {
        actor: me,
        action: override ? "signer.importP12.override" : "signer.importP12",
        entityType: "user",
        entityId: person.id,
        detail: {
          certificateId: id,
          subject: info.subject,
          issuer: info.issuer,
          serialNumber: info.serialNumber,
          fingerprint: info.fingerprint,
          notAfter: info.notAfter.toISOString(),
          chainVerified: chain.ok,
          ...(override
            ? {
                failedChecks: failed.map((f) => ({ code: f.code, message: f.message })),
                overrideReason: override.reason,
              }
            : {}),
        },
      },
      tx,
    );
    return id;
  });
}
