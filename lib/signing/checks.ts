import { X509Certificate } from "node:crypto";
import forge from "node-forge";

/** What an imported signer certificate is checked for; the first three an admin may override. */
export type CertCheckCode = "nama" | "nik" | "rantai" | "masa_berlaku" | "penggunaan_kunci";

export interface CertCheckFailure {
  code: CertCheckCode;
  /** Indonesian, shown to the admin and kept in the audit log. */
  message: string;
}

/** Checks an admin may override with a reason (identity and trust); validity and key usage never. */
export const OVERRIDABLE: readonly CertCheckCode[] = ["nama", "nik", "rantai"];

// Titles written before a name (Dr., Ir., H., Hj., Prof., ...). Degrees follow a comma or are dotted abbreviations.
const PREFIX_TITLES = new Set([
  "dr",
  "drs",
  "dra",
  "drg",
  "ir",
  "h",
  "hj",
  "prof",
  "kh",
  "hc",
  "apt",
  "ns",
  "tn",
  "ny",
  "sdr",
  "bpk",
  "ibu",
]);
const DOTTED = /^(?:[a-z]{1,5}\.)+[a-z]{0,5}\.?$/;

/**
 * A person's name reduced for comparison: case, accents, spacing and punctuation ignored, academic
 * degrees (after a comma, or dotted like "S.H.") and honorific prefixes (Dr., H., Hj., ...) removed.
 */
export function normaliseName(name: string): string {
  const main = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(",")[0];
  let tokens = main.split(/\s+/).filter(Boolean);
  while (tokens.length > 1 && PREFIX_TITLES.has(tokens[0].replace(/\./g, ""))) tokens = tokens.slice(1);
  while (
    tokens.length > 1 &&
    DOTTED.test(tokens[tokens.length - 1]) &&
    tokens[tokens.length - 1].replace(/\./g, "").length > 1
  )
    tokens = tokens.slice(0, -1);
  return tokens
    .map((t) => t.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean)
    .join(" ");
}

function attr(cert: forge.pki.Certificate, type: string): string | null {
  const a = cert.subject.attributes.find((x) => x.type === type);
  if (!a) return null;
  const v = String(a.value ?? "");
  try {
    return a.valueTagClass === (forge.asn1.Type.UTF8 as unknown) ? forge.util.decodeUtf8(v) : v;
  } catch {
    return v;
  }
}

/** The NIK (16 digits) in a subject serialNumber such as "NIK:6471…" or "6471…", or null. */
export function nikFromSerial(serial: string | null): string | null {
  const m = serial?.match(/(?:^|\D)(\d{16})(?:\D|$)/);
  return m ? m[1] : null;
}

/** Does the certificate name this person (name, and NIK when both the certificate and the user carry one)? */
export function subjectChecks(certPem: string, person: { name: string; nik?: string | null }): CertCheckFailure[] {
  const cert = forge.pki.certificateFromPem(certPem);
  const cn = attr(cert, forge.pki.oids.commonName as string) ?? "";
  const out: CertCheckFailure[] = [];
  if (!cn || normaliseName(cn) !== normaliseName(person.name)) {
    out.push({
      code: "nama",
      message: `Nama pada sertifikat ("${cn || "kosong"}") tidak sama dengan nama pengguna ("${person.name}").`,
    });
  }
  const certNik = nikFromSerial(attr(cert, "2.5.4.5"));
  if (certNik && person.nik && certNik !== person.nik)
    out.push({ code: "nik", message: "NIK pada sertifikat tidak sama dengan NIK pengguna." });
  return out;
}

/** Is the certificate valid at `at`, and may it make signatures (digitalSignature and/or nonRepudiation)? */
export function usageChecks(certPem: string, at = new Date()): CertCheckFailure[] {
  const cert = forge.pki.certificateFromPem(certPem);
  const out: CertCheckFailure[] = [];
  if (cert.validity.notAfter.getTime() < at.getTime())
    out.push({ code: "masa_berlaku", message: "Sertifikat sudah kedaluwarsa." });
  else if (cert.validity.notBefore.getTime() > at.getTime() + 60_000)
    out.push({ code: "masa_berlaku", message: "Sertifikat belum berlaku." });
  const ku = cert.getExtension("keyUsage") as { digitalSignature?: boolean; nonRepudiation?: boolean } | null;
  if (!ku || !(ku.digitalSignature || ku.nonRepudiation)) {
    out.push({
      code: "penggunaan_kunci",
      message: "Sertifikat tidak untuk tanda tangan (key usage tanpa digitalSignature atau nonRepudiation).",
    });
  }
  return out;
}

function validAt(c: X509Certificate, at: Date): boolean {
  return new Date(c.validFrom).getTime() <= at.getTime() + 60_000 && new Date(c.validTo).getTime() >= at.getTime();
}

function issues(issuer: X509Certificate, child: X509Certificate): boolean {
  // checkIssued compares names and key identifiers; verify() is the cryptographic proof that counts.
  try {
    return child.checkIssued(issuer) && child.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

function parse(der: Buffer): X509Certificate | null {
  try {
    return new X509Certificate(der);
  } catch {
    return null;
  }
}

/**
 * Build and verify a path from `leafDer` to one of `rootsDer`, using `extraDer` as intermediates.
 * Every link is checked by signature (never by name alone), issuers must be CA certificates and
 * every certificate on the path valid at `at`. Returns the path length or a reason.
 */
export function validateChain(
  leafDer: Buffer,
  extraDer: Buffer[],
  rootsDer: Buffer[],
  at = new Date(),
): { ok: true; depth: number } | { ok: false; reason: string } {
  const leaf = parse(leafDer);
  if (!leaf) return { ok: false, reason: "Sertifikat tidak dapat dibaca." };
  const roots = rootsDer.map(parse).filter((c): c is X509Certificate => c !== null);
  const extra = extraDer.map(parse).filter((c): c is X509Certificate => c !== null && c.ca);
  let current = leaf;
  const seen = new Set<string>([leaf.fingerprint256]);
  for (let depth = 1; depth <= 8; depth++) {
    const root = roots.find((r) => r.ca && issues(r, current));
    if (root)
      return validAt(root, at)
        ? { ok: true, depth }
        : { ok: false, reason: "Sertifikat akar tepercaya sudah tidak berlaku." };
    const next = extra.find((c) => !seen.has(c.fingerprint256) && issues(c, current));
    if (!next)
      return {
        ok: false,
        reason: `Penerbit "${current.issuer.replace(/\n/g, ", ")}" bukan CA tepercaya atau tanda tangannya tidak sah.`,
      };
    if (!validAt(next, at)) return { ok: false, reason: "Sertifikat CA perantara tidak berlaku." };
    seen.add(next.fingerprint256);
    current = next;
  }
  return { ok: false, reason: "Rantai sertifikat terlalu panjang." };
}
