import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { autosave } from "@/lib/epaper/drafts";
import { letterVersionsView, versionLines } from "@/lib/epaper/versions";
import { actorFor, DEMO } from "../helpers/actors";
import { draftInvitation } from "../helpers/epaper";

let staff: Actor, staff2: Actor, ketua: Actor;

beforeAll(async () => {
  [staff, staff2, ketua] = await Promise.all([DEMO.staff, DEMO.staff2, DEMO.ketua].map(actorFor));
});

describe("E-Paper draft versions and their differences", () => {
  it("each save is a version; the view compares the latest with the one before, or any two chosen", async () => {
    const { id } = await draftInvitation(staff, ketua, { subject: "Undangan rapat versi" });
    const fields = {
      templateCode: "surat-undangan",
      subject: "Undangan rapat versi",
      recipients: "Kepala Dinas Pekerjaan Umum Kota Balikpapan",
      copies: "",
      classificationCode: "000.1.5",
      signerId: ketua.id,
      signerPosition: "Ketua DPRD Kota Balikpapan",
      nature: "penting",
      body: "Baris satu.\nBaris dua.",
    };
    await autosave(staff, id, { ...fields, revision: 0 });
    await autosave(staff, id, { ...fields, body: "Baris satu.\nBaris dua diubah.", revision: 1 });
    const v = await letterVersionsView(staff, id, {});
    expect(v.versions.map((x) => x.revision)).toEqual([2, 1, 0]);
    expect(v.versions[0].author).toBe(staff.name);
    expect({ from: v.from, to: v.to }).toEqual({ from: 1, to: 2 });
    expect(v.diff.filter((d) => d.op !== "same")).toEqual([
      { op: "del", line: "Baris dua." },
      { op: "add", line: "Baris dua diubah." },
    ]);
    const chosen = await letterVersionsView(staff, id, { dari: "0", ke: "1" });
    expect(chosen.diff.some((d) => d.op === "del" && d.line.startsWith("  2. Kepala BPBD"))).toBe(true);
    // Out-of-range or junk choices fall back within the history instead of failing.
    const junk = await letterVersionsView(staff, id, { dari: "abc", ke: "99" });
    expect({ from: junk.from, to: junk.to }).toEqual({ from: 1, to: 2 });
  });

  it("follows the letter's scoping: a rahasia draft's history is not shown to other staff", async () => {
    const { id } = await draftInvitation(staff, ketua, { nature: "rahasia", subject: "Rahasia versi" });
    await expect(letterVersionsView(staff2, id, {})).rejects.toMatchObject({ status: 404 });
  });

  it("prints the fields in letter order", () => {
    const lines = versionLines({ subject: "Hal A", nature: "biasa", body: "x\ny", recipients: [{ name: "A" }] });
    expect(lines).toContain("Hal: Hal A");
    expect(lines.slice(lines.indexOf("Isi:") + 1, lines.indexOf("Isi:") + 3)).toEqual(["x", "y"]);
    expect(lines).toContain("  1. A");
  });
});
