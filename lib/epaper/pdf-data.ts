import { randomInt } from "node:crypto";
import QRCode from "qrcode";
import { formatDate } from "@/lib/format";
import { NATURE_LABELS } from "@/lib/letters/constants";
import { verifyUrl } from "@/lib/minutes/pdf-data";
import { site } from "@/lib/site";
import { CODE_ALPHABET } from "@/lib/tracking/code";
import type { EpaperLetter } from "./drafts";
import { LETTER_CODE_PREFIX } from "./constants";
import type { LetterPdfData } from "./pdf/letter-pdf";

/** A verification code like `SRT-7KX9-Q2MD` (8 symbols from the tracking-code alphabet, CSPRNG). */
export function newLetterCode(): string {
  let c = "";
  for (let i = 0; i < 8; i++) c += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${LETTER_CODE_PREFIX}-${c.slice(0, 4)}-${c.slice(4)}`;
}

/** Normalise a typed or scanned letter verification code, or null when it cannot be one. */
export function normalizeLetterCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s_.-]/g, "");
  const m = new RegExp(`^${LETTER_CODE_PREFIX}([A-Z0-9]{8})$`).exec(raw);
  if (!m || [...m[1]].some((ch) => !CODE_ALPHABET.includes(ch))) return null;
  return `${LETTER_CODE_PREFIX}-${m[1].slice(0, 4)}-${m[1].slice(4)}`;
}

/** How the signer signs: in their own name, on behalf of (a.n.) or acting for (Plh.) the principal. */
export interface Capacity {
  mode: "sendiri" | "an" | "plh";
  principalPosition: string;
  signerName: string;
  signerPosition: string | null;
}

/** The capacity lines above the signature, in capitals as on a DPRD letter. */
export function capacityLines(c: Capacity): string[] {
  const principal = c.principalPosition.toUpperCase();
  if (c.mode === "an") return [`a.n. ${principal}`, `${(c.signerPosition ?? "").toUpperCase()},`];
  if (c.mode === "plh") return [`Plh. ${principal},`];
  return [`${principal},`];
}

/** The printed text of a delegation ("a.n. Ketua DPRD …"), for the register and the verification page. */
export function capacityText(c: Capacity): string {
  if (c.mode === "an") return `a.n. ${c.principalPosition} — ${c.signerPosition ?? ""}`.trim();
  if (c.mode === "plh") return `Plh. ${c.principalPosition}`;
  return c.principalPosition;
}

export async function buildLetterPdfData(
  letter: EpaperLetter,
  opts: { heading: string | null; number: string; date: string; code: string; capacity: Capacity; preview?: boolean },
): Promise<LetterPdfData> {
  const url = verifyUrl(opts.code);
  const qrDataUrl = opts.preview
    ? null
    : await QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 240 });
  return {
    kop: {
      title: "DEWAN PERWAKILAN RAKYAT DAERAH",
      city: "KOTA BALIKPAPAN",
      address: `${site.addressLines.join(", ")} · Telp. ${site.phone}`,
    },
    heading: opts.heading,
    placeDate: `Balikpapan, ${formatDate(opts.date)}`,
    number: opts.number,
    nature: NATURE_LABELS[letter.nature],
    attachments: letter.attachmentsNote || "-",
    subject: letter.subject,
    recipients: letter.recipients.map((r) => r.name),
    body: letter.body,
    copies: letter.copies.map((c) => c.name),
    signature: {
      capacity: capacityLines(opts.capacity),
      name: opts.capacity.signerName,
      detail: opts.capacity.mode === "sendiri" ? null : opts.capacity.signerPosition,
      qrDataUrl,
    },
    verifyUrl: url,
    code: opts.code,
    preview: opts.preview,
  };
}
