import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { epaperLetters } from "@/lib/db/schema";
import { signLetter } from "@/lib/epaper/sign";
import { verifyUpload } from "@/lib/verification/upload";
import { actorFor, DEMO } from "../helpers/actors";
import { KABAG, readyToSign, SEKWAN } from "../helpers/epaper";
import { DEMO_PASSWORD } from "../helpers/minutes";

let staff: Actor, kabag: Actor, sekwan: Actor, ketua: Actor;

beforeAll(async () => {
  [staff, kabag, sekwan, ketua] = await Promise.all([DEMO.staff, KABAG, SEKWAN, DEMO.ketua].map(actorFor));
});

async function signed(over: Record<string, unknown> = {}) {
  const id = await readyToSign(staff, kabag, sekwan, ketua, over);
  const { code, number } = await signLetter(ketua, id, { password: DEMO_PASSWORD });
  const [row] = await db.select({ pdf: epaperLetters.pdf }).from(epaperLetters).where(eq(epaperLetters.id, id));
  return { code: code!, number, pdf: row.pdf! };
}

describe("one upload check for minutes and letters (/verifikasi)", () => {
  it("a signed letter uploaded without a code is found by its hash and reported genuine, with a trusted signature", async () => {
    const { code, number, pdf } = await signed({ subject: "Undangan rapat verifikasi unggahan" });
    const v = await verifyUpload(null, { file: pdf });
    expect(v).toMatchObject({ verdict: "asli", kind: "surat", document: null, reasons: [] });
    expect(v.letter).toMatchObject({ code, number, subject: "Undangan rapat verifikasi unggahan" });
    expect(v.signatures).toHaveLength(1);
    expect(v.signatures[0]).toMatchObject({ valid: true, trusted: true, coversWholeDocument: true });
  });

  it("with a letter's code, a changed byte is 'Tidak cocok' with the hash reason and the broken signature", async () => {
    const { code, pdf } = await signed();
    const tampered = Buffer.from(pdf);
    tampered[1200] ^= 0x01;
    const v = await verifyUpload(null, { file: tampered, code });
    expect(v.verdict).toBe("tidak_cocok");
    expect(v.kind).toBe("surat");
    expect(v.reasons.join(" ")).toMatch(/SHA-256 berbeda/);
    // Without the code, the changed file matches nothing stored.
    const unknown = await verifyUpload(null, { file: tampered });
    expect(unknown.kind).toBeNull();
    expect(unknown.reasons.join(" ")).toMatch(/Tidak ada risalah atau surat terdaftar/);
  });

  it("a rahasia letter is reported genuine without its content or its signer's name", async () => {
    const { pdf } = await signed({ nature: "rahasia", subject: "Pemeriksaan khusus yang dirahasiakan" });
    const v = await verifyUpload(null, { file: pdf });
    expect(v.verdict).toBe("asli");
    expect(v.letter).toMatchObject({ confidential: true, subject: null, number: null, signerName: null });
    expect(v.signatures.every((s) => s.signerName === null)).toBe(true);
    expect(JSON.stringify(v)).not.toContain("Pemeriksaan khusus");
    expect(JSON.stringify(v)).not.toContain(ketua.name);
  });

  it("a code that is neither a minutes nor a letter code is 'Tidak cocok', and non-PDF bytes get a 415 field error", async () => {
    const { pdf } = await signed();
    const v = await verifyUpload(null, { file: pdf, code: "SRT-ZZZZ-ZZZZ" });
    expect(v.verdict).toBe("tidak_cocok");
    expect(v.reasons.join(" ")).toMatch(/Kode verifikasi tidak dikenal/);
    await expect(verifyUpload(null, { file: Buffer.from("bukan pdf") })).rejects.toMatchObject({
      status: 415,
      fieldErrors: { berkas: [expect.stringMatching(/Berkas bukan PDF/)] },
    });
  });
});
