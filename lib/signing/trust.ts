import "server-only";
import { X509Certificate } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/roles";
import { trustedRoots } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { organisationCaPem } from "./authority";
import { certInfo, pemToDer } from "./x509";
import { fieldErrorsOf } from "@/lib/validation";

export const trustedRootSchema = z.object({
  pem: z
    .string({ error: "Tempel sertifikat akar dalam format PEM." })
    .trim()
    .min(1, "Tempel sertifikat akar dalam format PEM.")
    .max(20_000, "Teks PEM terlalu panjang (maksimal 20.000 karakter).")
    .regex(
      /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----$/,
      "Format PEM tidak dikenal: harus diawali -----BEGIN CERTIFICATE----- dan diakhiri -----END CERTIFICATE-----.",
    ),
});

/**
 * Every certificate imported signer certificates may chain to (DER): the organisation CA, when it
 * exists, and the roots an admin added (e.g. BSrE). Read on each check, so removing a root takes effect at once.
 */
export async function trustAnchorsDer(tx: Db = db): Promise<Buffer[]> {
  const caPem = await organisationCaPem(tx);
  const rows = await tx.select({ certPem: trustedRoots.certPem }).from(trustedRoots);
  return [...(caPem ? [caPem] : []), ...rows.map((r) => r.certPem)].map(pemToDer);
}

/** The roots an admin added, for the certificates page. */
export async function listTrustedRoots(actor: Actor | null, tx: Db = db) {
  await requirePermission(actor, "signers.manage", tx);
  return tx
    .select({
      id: trustedRoots.id,
      subject: trustedRoots.subject,
      issuer: trustedRoots.issuer,
      serialNumber: trustedRoots.serialNumber,
      fingerprint: trustedRoots.fingerprint,
      notBefore: trustedRoots.notBefore,
      notAfter: trustedRoots.notAfter,
      createdAt: trustedRoots.createdAt,
    })
    .from(trustedRoots)
    .orderBy(asc(trustedRoots.createdAt));
}

/** Add a CA certificate (PEM) as a trust anchor for imported signer certificates. Audited. */
export async function addTrustedRoot(actor: Actor | null, input: unknown, tx: Db = db): Promise<string> {
  const me = await requirePermission(actor, "signers.manage", tx);
  const parsed = trustedRootSchema.safeParse(input);
  if (!parsed.success) throw errors.validation(fieldErrorsOf(parsed.error));
  let x509: X509Certificate;
  let info: ReturnType<typeof certInfo>;
  try {
    x509 = new X509Certificate(parsed.data.pem);
    info = certInfo(parsed.data.pem);
  } catch {
    throw errors.validation({ pem: ["Sertifikat tidak dapat dibaca (PEM rusak atau bukan sertifikat X.509 RSA)."] });
  }
  if (!x509.ca)
    throw errors.validation({
      pem: [
        "Sertifikat ini bukan sertifikat CA (basicConstraints CA tidak ada), jadi tidak dapat menjadi akar tepercaya.",
      ],
    });
  if (info.notAfter.getTime() < Date.now()) throw errors.validation({ pem: ["Sertifikat CA ini sudah kedaluwarsa."] });
  const [dup] = await tx
    .select({ id: trustedRoots.id })
    .from(trustedRoots)
    .where(eq(trustedRoots.fingerprint, info.fingerprint));
  if (dup) throw errors.validation({ pem: ["Sertifikat ini sudah ada dalam daftar akar tepercaya."] });
  return tx.transaction(async (tx) => {
    const [row] = await tx
      .insert(trustedRoots)
      .values({
        subject: info.subject,
        issuer: info.issuer,
        serialNumber: info.serialNumber,
        fingerprint: info.fingerprint,
        certPem: x509.toString(),
        notBefore: info.notBefore,
        notAfter: info.notAfter,
        createdBy: me.id,
      })
      .onConflictDoNothing()
      .returning({ id: trustedRoots.id });
    if (!row) throw errors.validation({ pem: ["Sertifikat ini sudah ada dalam daftar akar tepercaya."] });
    await writeAudit(
      {
        actor: me,
        action: "signer.trustedRoot.add",
        entityType: "trusted_root",
        entityId: row.id,
        detail: { subject: info.subject, fingerprint: info.fingerprint, notAfter: info.notAfter.toISOString() },
      },
      tx,
    );
    return row.id;
  });
}

/** Remove a trusted root; certificates chaining only to it are no longer shown as trusted. Audited. */
export async function removeTrustedRoot(actor: Actor | null, id: string, tx: Db = db): Promise<void> {
  const me = await requirePermission(actor, "signers.manage", tx);
  if (!z.uuid().safeParse(id).success) throw errors.notFound("Akar tepercaya");
  await tx.transaction(async (tx) => {
    const [row] = await tx
      .delete(trustedRoots)
      .where(eq(trustedRoots.id, id))
      .returning({ subject: trustedRoots.subject, fingerprint: trustedRoots.fingerprint });
    if (!row) throw errors.notFound("Akar tepercaya");
    await writeAudit(
      {
        actor: me,
        action: "signer.trustedRoot.remove",
        entityType: "trusted_root",
        entityId: id,
        detail: { subject: row.subject, fingerprint: row.fingerprint },
      },
      tx,
    );
  });
}
