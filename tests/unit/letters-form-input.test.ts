import { describe, expect, it } from "vitest";
import { filterCodes } from "@/components/letters/classification-picker";
import { formFiles, jsonPayload } from "@/lib/letters/form-input";

describe("letter form input", () => {
  it("drops empty file inputs but keeps chosen files, even empty ones", () => {
    const fd = new FormData();
    fd.append("scans", new File([], ""));
    fd.append("scans", new File([], "undefined"));
    fd.append("scans", new File(["%PDF-1.4"], "surat.pdf"));
    fd.append("scans", new File([], "kosong.pdf"));
    fd.append("scans", "teks");
    expect(formFiles(fd, "scans").map((f) => f.name)).toEqual(["surat.pdf", "kosong.pdf"]);
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
