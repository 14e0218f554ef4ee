import { commonName, derToPem } from "./x509";
import { verifyCadesDetached } from "./cms";

export interface SignatureCheck {
  /** 1-based, in file order. */
  index: number;
  valid: boolean;
  /** Indonesian reason when not valid. */
  reason?: string;
  signerName: string | null;
  signerCertDer?: Buffer;
  /** The other certificates embedded in the signature (possible issuers). */
  chainDer?: Buffer[];
  /** The byte range reaches the end of the file (the last signature must). */
  coversWholeDocument: boolean;
  /** Number of bytes the signature covers from the start (revision length). */
  revisionLength: number;
}

/** The DER object at the start of a zero-padded /Contents value (its length from the ASN.1 header), or null. */
function derPrefix(buf: Buffer): Buffer | null {
  if (buf.length < 2 || buf[0] !== 0x30) return null;
  const first = buf[1];
  let len = first;
  let header = 2;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 4 || buf.length < 2 + n) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[2 + i];
    header = 2 + n;
  }
  return header + len <= buf.length ? buf.subarray(0, header + len) : null;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/**
 * Find every signature in a PDF by its /ByteRange and check it cryptographically (pkijs): the bytes
 * covered must hash to the signed digest and the signature must verify with the signer certificate.
 * The signature itself is read from the gap the byte range leaves, so no PDF parser is needed.
 */
export async function inspectPdfSignatures(pdf: Buffer): Promise<SignatureCheck[]> {
  const text = pdf.toString("latin1");
  const out: SignatureCheck[] = [];
  let index = 0;
  for (const m of text.matchAll(BYTE_RANGE)) {
    const [a, b, c, d] = m.slice(1, 5).map(Number);
    index++;
    const base = { index, signerName: null, coversWholeDocument: c + d === pdf.length, revisionLength: c + d };
    if (a !== 0 || b <= 0 || c <= a + b || c + d > pdf.length || text[b] !== "<" || text[c - 1] !== ">") {
      out.push({ ...base, valid: false, reason: "Rentang byte tanda tangan tidak sah atau berkas terpotong." });
      continue;
    }
    const hex = text.slice(b + 1, c - 1);
    const der = /^[0-9a-fA-F]+$/.test(hex) && hex.length % 2 === 0 ? derPrefix(Buffer.from(hex, "hex")) : null;
    if (!der) {
      out.push({ ...base, valid: false, reason: "Isi tanda tangan kosong atau rusak." });
      continue;
    }
    const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
    const check = await verifyCadesDetached(der, signed);
    let signerName: string | null = null;
    if (check.signerCertDer) {
      try {
        signerName = commonName(derToPem(check.signerCertDer));
      } catch {
        signerName = null;
      }
    }
    out.push({
      ...base,
      valid: check.valid,
      reason: check.reason,
      signerName,
      signerCertDer: check.signerCertDer,
      chainDer: check.certsDer,
    });
  }
  return out;
}
