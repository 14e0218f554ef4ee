import { describe, expect, it } from "vitest";
import { prepareFiles } from "@/lib/attachments/service";
import { filterCodes } from "@/lib/letters/classification-search";
import { formFiles, jsonPayload } from "@/lib/letters/form-input";

describe("letter form input", () => {
  it("empty file inputs are no files; a chosen empty file is refused with its name", async () => {
    const fd = new FormData();
    fd.append("scans", new File([], ""));
    fd.append("scans", new File([], "undefined"));
    fd.append("scans", "teks");
    expect(await prepareFiles(formFiles(fd, "scans"), { max: 5, field: "scans" })).toEqual([]);
    fd.append("scans", new File([], "kosong.pdf"));
    await expect(prepareFiles(formFiles(fd, "scans"), { max: 5, field: "scans" })).rejects.toMatchObject({
      fieldErrors: { scans: ['Berkas "kosong.pdf" kosong.'] },
    });
  });

  it("parses a JSON payload or answers with a field error", () => {
    expect(jsonPayload('{"a":1}')).toEqual({ a: 1 });
    expect(() => jsonPayload("{rusak")).toThrow(/tidak valid/);
    expect(() => jsonPayload(42)).toThrow(/tidak valid/);
    expect(() => jsonPayload("x".repeat(300_000))).toThrow(/tidak valid/);
  });

  it("the classification picker finds codes by prefix or by words of the title", () => {
    const codes = [
      { code: "000.1.5", title: "Rapat Pimpinan" },
      { code: "000.1.2.2", title: "Perjalanan Dinas DPRD" },
      { code: "400.14.6", title: "Rapat Dengar Pendapat DPRD" },
    ];
    expect(filterCodes(codes, "000.1").map((c) => c.code)).toEqual(["000.1.5", "000.1.2.2"]);
    expect(filterCodes(codes, "rapat dprd").map((c) => c.code)).toEqual(["400.14.6"]);
    expect(filterCodes(codes, "  ").length).toBe(3);
    expect(filterCodes(codes, "<script>")).toEqual([]);
  });
});
