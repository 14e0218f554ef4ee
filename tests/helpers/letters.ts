import sharp from "sharp";
import { localDate } from "@/lib/calendar/working-days";

/** Today's WITA date and n days before it (YYYY-MM-DD). */
export function daysAgo(n: number): string {
  return localDate(new Date(Date.now() - n * 86_400_000));
}

/** A valid incoming-letter input; override any field. */
export function incomingInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receivedOn: daysAgo(1),
    senderNumber: "005/123/BAPPEDA",
    senderDate: daysAgo(3),
    sender: "Badan Perencanaan Pembangunan Daerah Kota Balikpapan",
    subject: "Undangan rapat koordinasi penyusunan RKPD",
    nature: "biasa",
    classificationCode: "000.1.5",
    summary: "Rapat di ruang Bappeda.",
    addressee: "Ketua DPRD",
    ...over,
  };
}

/** A valid outgoing draft input. */
export function outgoingInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: "Jawaban undangan rapat koordinasi",
    recipients: "Kepala Bappeda Kota Balikpapan",
    copies: "Ketua DPRD\nSekretaris DPRD",
    classificationCode: "000.1.5",
    nature: "biasa",
    signer: "Sekretaris DPRD Kota Balikpapan",
    ...over,
  };
}

/** A tiny real PDF (magic bytes are what the attachment check looks at). */
export function tinyPdf(): Buffer {
  return Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "latin1",
  );
}

/** A small PNG image. */
export async function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
}
