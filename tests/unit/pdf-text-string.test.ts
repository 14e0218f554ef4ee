import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodePdfTextString } from "@/lib/pdf/text-string";
import { LocalPdfSigner } from "@/lib/signing/pdf-signer";
import { createCa, issueCertificate } from "@/lib/signing/x509";

// A minimal one-page PDF with a correct xref table.
function minimalPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

describe("encodePdfTextString", () => {
  it("writes ASCII as an escaped literal string", () => {
    expect(encodePdfTextString("Ketua (Rapat) \\ A")).toBe("(Ketua \\(Rapat\\) \\\\ A)");
  });
  it("writes non-ASCII as UTF-16BE hex with a BOM", () => {
    expect(encodePdfTextString("é—")).toBe("<FEFF00E92014>");
    expect(encodePdfTextString("Ⅲ")).toBe("<FEFF2162>");
  });
});

describe("LocalPdfSigner text strings", () => {
  it("pdfsig reads back a non-ASCII reason, signer name and location", async () => {
    const ca = createCa("CA Uji Ñ");
    const cred = issueCertificate(ca, { name: "Budi Śantoso", email: "budi@example.test" });
    const reason = "Ketua Rapat — Komisi Ⅲ, Sekretaris DPRD";
    const signed = await new LocalPdfSigner(cred).signPdf(minimalPdf(), {
      signer: { userId: "u1", name: "Budi Śantoso", email: "budi@example.test" },
      reason,
      location: "Balikpapan — Kalimantan Timur",
      signingTime: new Date("2026-01-05T03:00:00Z"),
    });
    const raw = signed.toString("latin1");
    expect(raw).not.toContain("Ã¾Ã¿"); // UTF-16 BOM pushed through UTF-8: the reported bug
    expect(raw).toContain(encodePdfTextString(reason));
    const dir = mkdtempSync(join(tmpdir(), "sig-"));
    const file = join(dir, "signed.pdf");
    writeFileSync(file, signed);
    let out = "";
    try {
      out = execFileSync("pdfsig", [file], { encoding: "utf8" });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? "");
    }
    expect(out).toContain(`Signer full Distinguished Name`);
    expect(out).toContain(`Signature Field Name: Signature1`);
    expect(out).not.toContain("Ã");
    expect(out).toContain("Signer full Distinguished Name: E=budi@example.test,CN=Budi Śantoso");
    // The swapped strings kept every offset: the signature still covers the whole file and verifies.
    expect(out).toContain("Total document signed");
    expect(out).toContain("Signature is Valid");
    // This pdfsig does not print /Reason: decode the dictionary entries as a reader would.
    const decode = (key: string) => {
      const m = new RegExp(`/${key} <FEFF([0-9A-F]*)>`).exec(raw);
      return m ? Buffer.from(m[1], "hex").swap16().toString("utf16le") : null;
    };
    expect(decode("Reason")).toBe(reason);
    expect(decode("Name")).toBe("Budi Śantoso");
    expect(decode("Location")).toBe("Balikpapan — Kalimantan Timur");
    expect(raw).toContain("/ContactInfo (budi@example.test)");
  }, 60_000);
});
