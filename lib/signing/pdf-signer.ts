import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { SignPdf, Signer } from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { encodePdfTextString } from "@/lib/pdf/text-string";
import { buildCadesDetached } from "./cms";
import type { Credential } from "./x509";

/**
 * One signature to add to a PDF. A signer adds it as an incremental update, so earlier signatures
 * stay valid, and returns the whole new file.
 */
export interface SignatureRequest {
  /** The person signing (a remote adapter maps this to its own identity, e.g. BSrE's NIK). */
  signer: { userId: string; name: string; email: string; nik?: string | null };
  /** Shown as the signature's Reason, e.g. "Ketua Rapat — menyetujui risalah". */
  reason: string;
  location: string;
  /** Claimed signing time, written to the signature dictionary (/M). */
  signingTime: Date;
  /** A secret the remote service needs (BSrE: the signer's passphrase). Local signing ignores it. */
  secret?: string;
}

/**
 * The signer interface. `LocalPdfSigner` signs with a PKCS#12 held by the system (organisation CA or
 * imported from a licensed CA). A remote adapter for BSrE's `POST /api/sign/pdf` (multipart: file,
 * nik, passphrase, tampilan=invisible) fits the same shape: send `pdf`, `signer.nik` and `secret`,
 * return the signed PDF it answers with (BSrE appends an incremental PAdES signature too).
 */
export interface PdfSigner {
  readonly kind: "lokal" | "remote";
  signPdf(pdf: Buffer, request: SignatureRequest): Promise<Buffer>;
}

// Room for the CMS: signer certificate + CA certificate + signature, hex-encoded, with margin.
const SIGNATURE_LENGTH = 16_384;

class CadesSigner extends Signer {
  constructor(private readonly credential: Credential) {
    super();
  }
  async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return buildCadesDetached({
      data: pdfBuffer,
      certDer: this.credential.certDer,
      keyDer: this.credential.keyDer,
      chainDer: this.credential.chainDer,
    });
  }
}

/** Signs locally with a credential (certificate + private key) as a PAdES ETSI.CAdES.detached signature. */
export class LocalPdfSigner implements PdfSigner {
  readonly kind = "lokal" as const;
  constructor(private readonly credential: Credential) {}

  async signPdf(pdf: Buffer, request: SignatureRequest): Promise<Buffer> {
    // @signpdf writes non-ASCII text strings as UTF-16 bytes pushed through a UTF-8 conversion
    // (readers show "Ã¾Ã¿…"). Hand it ASCII tokens of exactly the encoded length instead, then swap
    // each token for the correctly encoded string: same length, so the xref offsets stay valid.
    const fields = {
      reason: request.reason,
      contactInfo: request.signer.email,
      name: request.signer.name,
      location: request.location,
    };
    const swaps: Array<{ token: string; encoded: string }> = [];
    const tokens = Object.fromEntries(
      Object.entries(fields).map(([key, value], i) => {
        // A short literal leaves no room for a unique token: use the (longer) UTF-16 hex form.
        const literal = encodePdfTextString(value);
        const encoded = literal.length < 12 ? encodePdfTextString(value, { hex: true }) : literal;
        const token = `S${i}${"~".repeat(encoded.length - 4)}`;
        swaps.push({ token: `(${token})`, encoded });
        return [key, token];
      }),
    ) as typeof fields;
    let withPlaceholder = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: tokens.reason,
      contactInfo: tokens.contactInfo,
      name: tokens.name,
      location: tokens.location,
      signingTime: request.signingTime,
      signatureLength: SIGNATURE_LENGTH,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      appName: "SiDilan-eRisalah",
    });
    for (const { token, encoded } of swaps) {
      const at = withPlaceholder.lastIndexOf(token, undefined, "latin1");
      if (at < 0 || token.length !== encoded.length) throw new Error("PDF signature placeholder: text field not found");
      withPlaceholder = Buffer.concat([
        withPlaceholder.subarray(0, at),
        Buffer.from(encoded, "latin1"),
        withPlaceholder.subarray(at + token.length),
      ]);
    }
    return new SignPdf().sign(withPlaceholder, new CadesSigner(this.credential));
  }
}
