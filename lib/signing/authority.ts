import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { signerCertificates, signingAuthorities } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { p12Password, seal, unseal } from "./secret";
import { certInfo, createCa, fromP12, issueCertificate, pemToDer, toP12, type Credential } from "./x509";

const CA_SLOT = "organisasi";
const CA_NAME = "Si Dilan CA — Sekretariat DPRD Kota Balikpapan";

// Unsealed CA keys by row id: the CA row itself lives in the database, shared by every instance.
const keyCache = new Map<string, Buffer>();

export interface OrgCa {
  id: string;
  certPem: string;
  certDer: Buffer;
  keyDer: Buffer;
}

/**
 * The organisation CA, created on first use and stored in the database (key sealed with SIGNING_KEY).
 * Concurrent first uses race on the unique slot: the loser reads the winner's row.
 */
export async function organisationCa(tx: Db = db): Promise<OrgCa> {
  let [row] = await tx.select().from(signingAuthorities).where(eq(signingAuthorities.slot, CA_SLOT));
  if (!row) {
    const ca = createCa(CA_NAME);
    await tx
      .insert(signingAuthorities)
      .values({
        slot: CA_SLOT,
        name: CA_NAME,
        certPem: ca.certPem,
        keySealed: seal(ca.keyDer, "ca"),
        notAfter: certInfo(ca.certPem).notAfter,
      })
      .onConflictDoNothing();
    [row] = await tx.select().from(signingAuthorities).where(eq(signingAuthorities.slot, CA_SLOT));
  }
  let keyDer = keyCache.get(row.id);
  if (!keyDer) {
    keyDer = unseal(row.keySealed, "ca");
    keyCache.set(row.id, keyDer);
  }
  return { id: row.id, certPem: row.certPem, certDer: pemToDer(row.certPem), keyDer };
}

/** The organisation CA certificate (PEM) without touching its key; null before the first signature. */
export async function organisationCaPem(tx: Db = db): Promise<string | null> {
  const [row] = await tx
    .select({ certPem: signingAuthorities.certPem })
    .from(signingAuthorities)
    .where(eq(signingAuthorities.slot, CA_SLOT));
  return row?.certPem ?? null;
}

export interface SignerPerson {
  id: string;
  name: string;
  email: string;
  unit?: string | null;
}

/** Store a credential as the person's active certificate (PKCS#12 sealed with SIGNING_KEY). */
export async function storeCredential(
  person: SignerPerson,
  cred: Credential,
  source: "organisasi" | "impor",
  createdBy?: string | null,
  trust: { chainVerified: boolean; override?: { checks: string[]; reason: string } | null } = {
    chainVerified: source === "organisasi",
  },
  tx: Db = db,
) {
  const id = randomUUID();
  const info = certInfo(cred.certPem);
  const p12 = toP12(cred, p12Password(id), person.name);
  const rows = await tx
    .insert(signerCertificates)
    .values({
      id,
      userId: person.id,
      source,
      subject: info.subject,
      issuer: info.issuer,
      serialNumber: info.serialNumber,
      fingerprint: info.fingerprint,
      certPem: cred.certPem,
      p12Sealed: seal(p12, "p12"),
      notBefore: info.notBefore,
      notAfter: info.notAfter,
      chainVerified: trust.chainVerified,
      override: trust.override ?? null,
      createdBy: createdBy ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: signerCertificates.id });
  return rows[0]?.id ?? null;
}

/**
 * The person's active signing credential: an imported one if the admin set it, else one issued by
 * the organisation CA on first use. Returns the certificate row id too (recorded with the signature).
 */
export async function signerCredential(
  person: SignerPerson,
  tx: Db = db,
): Promise<{ certificateId: string; credential: Credential; certPem: string }> {
  const active = () =>
    tx
      .select()
      .from(signerCertificates)
      .where(and(eq(signerCertificates.userId, person.id), eq(signerCertificates.isActive, true)));
  let [row] = await active();
  if (row && row.notAfter.getTime() < Date.now()) {
    // An expired certificate cannot sign: retire it and issue a fresh one below.
    await tx.update(signerCertificates).set({ isActive: false }).where(eq(signerCertificates.id, row.id));
    row = undefined as unknown as typeof row;
  }
  if (!row) {
    const ca = await organisationCa(tx);
    await storeCredential(person, issueCertificate(ca, person), "organisasi", undefined, undefined, tx);
    [row] = await active();
  }
  const credential = fromP12(unseal(row.p12Sealed, "p12"), p12Password(row.id));
  return { certificateId: row.id, credential, certPem: row.certPem };
}
