import { createHash, webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
};

const crypto = new pkijs.CryptoEngine({ name: "node-webcrypto", crypto: webcrypto as unknown as Crypto });

function ab(buf: Buffer | Uint8Array): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/** Parse a DER certificate with pkijs. */
export function parseCertificate(der: Buffer | Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(ab(der));
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate into the signed attributes,
 * as CAdES (and so PAdES) requires. The hash algorithm is the default SHA-256, so it is omitted.
 */
function signingCertificateV2(cert: pkijs.Certificate, certDer: Buffer): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })],
      }),
      cert.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: ab(createHash("sha256").update(certDer).digest()) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/**
 * Build a detached CAdES signature (CMS SignedData, SHA-256 with RSA) over `data` — the bytes a PDF
 * signature's ByteRange covers — for the PAdES sub-filter ETSI.CAdES.detached. No signing-time
 * attribute: PAdES puts the claimed time in the signature dictionary's /M instead.
 */
export async function buildCadesDetached(opts: {
  data: Buffer;
  certDer: Buffer;
  keyDer: Buffer;
  chainDer?: Buffer[];
}): Promise<Buffer> {
  const cert = parseCertificate(opts.certDer);
  const chain = (opts.chainDer ?? []).map(parseCertificate);
  const key = await webcrypto.subtle.importKey(
    "pkcs8",
    ab(opts.keyDer),
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const digest = createHash("sha256").update(opts.data).digest();
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({
              type: OID.messageDigest,
              values: [new asn1js.OctetString({ valueHex: ab(digest) })],
            }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(cert, opts.certDer)] }),
          ],
        }),
      }),
    ],
    certificates: [cert, ...chain],
  });
  await signedData.sign(key as unknown as CryptoKey, 0, "SHA-256", undefined, crypto);
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}

export interface CmsCheck {
  valid: boolean;
  /** Why it is not valid (Indonesian), when it is not. */
  reason?: string;
  signerCertDer?: Buffer;
  /** Every certificate the CMS carries (the signer's issuers, for building its chain). */
  certsDer?: Buffer[];
  subFilterOk: boolean;
}

/**
 * Verify a detached CMS signature over `data` with pkijs: the message digest in the signed attributes
 * must match the data and the RSA signature must verify against the embedded signer certificate.
 */
export async function verifyCadesDetached(cms: Buffer, data: Buffer): Promise<CmsCheck> {
  let signedData: pkijs.SignedData;
  try {
    const info = pkijs.ContentInfo.fromBER(ab(cms));
    if (info.contentType !== OID.signedData)
      return { valid: false, reason: "Isi tanda tangan bukan CMS SignedData.", subFilterOk: false };
    signedData = new pkijs.SignedData({ schema: info.content });
  } catch {
    return { valid: false, reason: "Struktur tanda tangan (CMS) rusak.", subFilterOk: false };
  }
  const signerCert = findSignerCert(signedData);
  const certsDer = (signedData.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => Buffer.from(c.toSchema().toBER(false)));
  try {
    const result = await signedData.verify(
      { signer: 0, data: ab(data), checkChain: false, extendedMode: true },
      crypto,
    );
    if (!result.signatureVerified)
      return {
        valid: false,
        reason: "Tanda tangan kriptografis tidak sah.",
        signerCertDer: signerCert,
        certsDer,
        subFilterOk: true,
      };
    return { valid: true, signerCertDer: signerCert, certsDer, subFilterOk: true };
  } catch (e) {
    const msg = String((e as { message?: string; date?: unknown })?.message ?? e);
    const digest = /digest|hash/i.test(msg);
    return {
      valid: false,
      reason: digest
        ? "Isi dokumen berubah setelah ditandatangani (digest tidak cocok)."
        : "Tanda tangan kriptografis tidak sah.",
      signerCertDer: signerCert,
      certsDer,
      subFilterOk: true,
    };
  }
}

function findSignerCert(sd: pkijs.SignedData): Buffer | undefined {
  const sid = sd.signerInfos[0]?.sid;
  if (!(sid instanceof pkijs.IssuerAndSerialNumber)) return undefined;
  const cert = (sd.certificates ?? []).find(
    (c): c is pkijs.Certificate =>
      c instanceof pkijs.Certificate && c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer),
  );
  return cert ? Buffer.from(cert.toSchema().toBER(false)) : undefined;
}
