import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

/** A certificate with its private key, in the forms the signer and the verifier need. */
export interface Credential {
  certDer: Buffer;
  certPem: string;
  /** PKCS#8 DER private key. */
  keyDer: Buffer;
  /** Issuer chain (DER), nearest first; may be empty. */
  chainDer: Buffer[];
}

export interface CertInfo {
  subject: string;
  issuer: string;
  serialNumber: string;
  fingerprint: string;
  notBefore: Date;
  notAfter: Date;
}

function newKeyPair(bits: number) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  // Node generates the key (fast, native); forge only builds the certificate around it.
  return forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
}

function serial(): string {
  // Positive 16-byte serial (first bit cleared).
  const b = randomBytes(16);
  b[0] &= 0x7f;
  return b.toString("hex");
}

function dn(attrs: Record<string, string>): forge.pki.CertificateField[] {
  return Object.entries(attrs).map(([shortName, value]) => ({
    shortName,
    value,
    valueTagClass: forge.asn1.Type.UTF8 as never,
  }));
}

function toDer(cert: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");
}

function keyToPkcs8Der(key: forge.pki.rsa.PrivateKey): Buffer {
  return Buffer.from(
    forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes(),
    "binary",
  );
}

// forge hands back UTF8String values as raw UTF-8 bytes in a JS string; decode them for display and
// before re-encoding (otherwise an issuer name would be UTF-8-encoded twice and no longer match).
function attrValue(a: forge.pki.CertificateField): string {
  const v = String(a.value ?? "");
  if (a.valueTagClass !== (forge.asn1.Type.UTF8 as unknown)) return v;
  try {
    return forge.util.decodeUtf8(v);
  } catch {
    return v;
  }
}

function label(attrs: forge.pki.CertificateField[]): string {
  return attrs.map((a) => `${a.shortName ?? a.name}=${attrValue(a)}`).join(", ");
}

function reencodable(attrs: forge.pki.CertificateField[]): forge.pki.CertificateField[] {
  return attrs.map((a) => ({ ...a, value: attrValue(a) }));
}

/** Subject, issuer, serial, SHA-256 fingerprint and validity of a PEM certificate. */
export function certInfo(certPem: string): CertInfo {
  const cert = forge.pki.certificateFromPem(certPem);
  return {
    subject: label(cert.subject.attributes),
    issuer: label(cert.issuer.attributes),
    serialNumber: cert.serialNumber,
    fingerprint: createHash("sha256").update(toDer(cert)).digest("hex"),
    notBefore: cert.validity.notBefore,
    notAfter: cert.validity.notAfter,
  };
}

/** Common name of a certificate's subject. */
export function commonName(certPem: string): string {
  const cert = forge.pki.certificateFromPem(certPem);
  const cn = cert.subject.getField("CN") as forge.pki.CertificateField | null;
  return cn ? attrValue(cn) : "";
}

/** Create a self-signed organisation CA (RSA 3072, 10 years). */
export function createCa(name: string): { certPem: string; keyDer: Buffer } {
  const key = newKeyPair(3072);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600_000);
  const attrs = dn({
    C: "ID",
    ST: "Kalimantan Timur",
    L: "Balikpapan",
    O: "Sekretariat DPRD Kota Balikpapan",
    CN: name,
  });
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyDer: keyToPkcs8Der(key) };
}

/** Issue a signing certificate (RSA 2048, 3 years) for a person, signed by the CA. */
export function issueCertificate(
  ca: { certPem: string; keyDer: Buffer },
  person: { name: string; email: string; unit?: string | null },
): Credential {
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromAsn1(
    forge.asn1.fromDer(ca.keyDer.toString("binary")),
  ) as forge.pki.rsa.PrivateKey;
  const key = newKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 3 * 365 * 24 * 3600_000);
  cert.setSubject(
    dn({
      C: "ID",
      O: "DPRD Kota Balikpapan",
      ...(person.unit ? { OU: person.unit } : {}),
      CN: person.name,
      E: person.email,
    }),
  );
  cert.setIssuer(reencodable(caCert.subject.attributes));
  cert.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    // digitalSignature + nonRepudiation (contentCommitment): a signature that commits the signer.
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    { name: "extKeyUsage", emailProtection: true },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  const caDer = toDer(caCert);
  return {
    certDer: toDer(cert),
    certPem: forge.pki.certificateToPem(cert),
    keyDer: keyToPkcs8Der(key),
    chainDer: [caDer],
  };
}

/** Pack a credential as PKCS#12 (AES-256) protected by a password. */
export function toP12(cred: Credential, password: string, friendlyName: string): Buffer {
  const key = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(cred.keyDer.toString("binary")));
  const certs = [cred.certDer, ...cred.chainDer].map((d) =>
    forge.pki.certificateFromAsn1(forge.asn1.fromDer(d.toString("binary"))),
  );
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs, password, { algorithm: "aes256", friendlyName });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}

/**
 * Open a PKCS#12 with its password: the key, its certificate (the one matching the key) and the rest
 * as chain. Throws an Error with an Indonesian message when the file or password is wrong.
 */
export function fromP12(p12: Buffer, password: string): Credential {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString("binary"), false), false, password);
  } catch {
    throw new Error("Berkas PKCS#12 tidak dapat dibuka: berkas rusak atau kata sandinya salah.");
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certBags = parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key || !key.n) throw new Error("Berkas PKCS#12 tidak memuat kunci privat RSA.");
  const certs = certBags.map((b) => b.cert).filter((c): c is forge.pki.Certificate => Boolean(c));
  const own = certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n?.equals(key.n));
  if (!own) throw new Error("Berkas PKCS#12 tidak memuat sertifikat yang cocok dengan kuncinya.");
  return {
    certDer: toDer(own),
    certPem: forge.pki.certificateToPem(own),
    keyDer: keyToPkcs8Der(key),
    chainDer: certs.filter((c) => c !== own).map(toDer),
  };
}

/** PEM of a DER certificate. */
export function derToPem(der: Buffer): string {
  return forge.pki.certificateToPem(forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString("binary"))));
}

/** DER of a PEM certificate. */
export function pemToDer(pem: string): Buffer {
  return toDer(forge.pki.certificateFromPem(pem));
}
