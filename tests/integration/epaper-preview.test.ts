import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { previewLetterPdf } from "@/lib/epaper/preview";
import { actorFor, DEMO } from "../helpers/actors";
import { draftInvitation, KABAG } from "../helpers/epaper";
import { submitToChain } from "@/lib/epaper/chain";

let staff: Actor, staff2: Actor, kabag: Actor, ketua: Actor, member: Actor;

beforeAll(async () => {
  [staff, staff2, kabag, ketua, member] = await Promise.all(
    [DEMO.staff, DEMO.staff2, KABAG, DEMO.ketua, DEMO.memberDapil1].map(actorFor),
  );
});

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "pratinjau-"));
  writeFileSync(join(dir, "p.pdf"), bytes);
  return execFileSync("pdftotext", ["-layout", join(dir, "p.pdf"), "-"]).toString();
}

describe("E-Paper: PDF preview for the signer", () => {
  it("renders the draft as the letter will look, marked as an unsigned, unnumbered preview", async () => {
    const { id } = await draftInvitation(staff, ketua, { subject: "Undangan rapat pratinjau" });
    await submitToChain(staff, id);
    const { data } = await previewLetterPdf(ketua, id);
    if (process.env.PREVIEW_OUT) writeFileSync(process.env.PREVIEW_OUT, data);
    expect(data.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(data);
    expect(text).toContain("Undangan rapat pratinjau");
    expect(text).toContain("DEWAN PERWAKILAN RAKYAT DAERAH");
    expect(text).toMatch(/PRATINJAU — belum ditandatangani/);
    expect(text).toContain("(diberikan saat ditandatangani)");
    expect(text).not.toMatch(/Ditandatangani secara elektronik oleh/);
  });

  it("follows the letter's scoping: a rahasia draft is not previewed for other staff or members", async () => {
    const { id } = await draftInvitation(staff, ketua, { nature: "rahasia", subject: "Rahasia pratinjau" });
    await submitToChain(staff, id);
    await expect(previewLetterPdf(staff2, id)).rejects.toMatchObject({ status: 404 });
    await expect(previewLetterPdf(member, id)).rejects.toMatchObject({ status: 404 });
    await expect(previewLetterPdf(null, id)).rejects.toMatchObject({ status: 401 });
    expect((await previewLetterPdf(ketua, id)).data.length).toBeGreaterThan(1000);
    expect((await previewLetterPdf(kabag, id)).data.length).toBeGreaterThan(1000);
  });
});
