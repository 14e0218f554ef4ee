import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseClassificationCsv } from "@/lib/seed/classification-csv";
import klasifikasi from "@/lib/seed/data/klasifikasi";
import { checkbox, formDataToObject, optionalIdNumber, optionalText, requiredText } from "@/lib/validation";
import { loginSchema } from "@/lib/auth/login";

describe("form validation helpers", () => {
  const schema = z.object({
    title: requiredText("Judul", { min: 5, max: 20 }),
    note: optionalText("Catatan", 5),
    ok: checkbox(),
    id: optionalIdNumber("Dapil"),
  });

  it("gives Indonesian messages for empty, short and long text", () => {
    const r = schema.safeParse({ title: "   ", note: "panjang sekali" });
    expect(r.success).toBe(false);
    const fe = z.flattenError(r.error!).fieldErrors;
    // One message for an empty field, not "wajib diisi" and "minimal 5 karakter" under each other.
    expect(fe.title).toEqual(["Judul wajib diisi."]);
    // ...and the other fields' errors still come back in the same answer, cross-field rules included.
    const withRule = schema.superRefine((_, ctx) => ctx.addIssue({ code: "custom", path: ["id"], message: "x" }));
    const all = z.flattenError(withRule.safeParse({ title: "", note: "panjang sekali" }).error!).fieldErrors;
    expect(all).toEqual({ title: ["Judul wajib diisi."], note: ["Catatan maksimal 5 karakter."], id: ["x"] });
    expect(fe.note).toContain("Catatan maksimal 5 karakter.");
    expect(z.flattenError(schema.safeParse({ title: "abc" }).error!).fieldErrors.title).toContain(
      "Judul minimal 5 karakter.",
    );
  });

  it("strips control characters, keeps checkboxes and optional ids sane", () => {
    const r = schema.parse({ title: "Jalan\u0000 rusak", note: "", ok: "on", id: "" });
    expect(r).toEqual({ title: "Jalan rusak", note: undefined, ok: true, id: undefined });
    expect(schema.safeParse({ title: "Jalan rusak", id: "abc" }).success).toBe(false);
  });

  it("turns FormData into an object with arrays for repeated keys and no empty files", () => {
    const fd = new FormData();
    fd.append("a", "1");
    fd.append("b", "1");
    fd.append("b", "2");
    fd.append("file", new File([], ""));
    fd.append("$ACTION_ID_x", "");
    expect(formDataToObject(fd)).toEqual({ a: "1", b: ["1", "2"] });
  });

  it("validates login input with field errors for empty and oversized values", () => {
    const r = loginSchema.safeParse({ email: "", password: "x".repeat(500) });
    const fe = z.flattenError(r.error!).fieldErrors;
    expect(fe.email).toContain("Email wajib diisi.");
    expect(fe.password).toContain("Kata sandi terlalu panjang (maksimal 200 karakter).");
  });
});

describe("reference data", () => {
  it("parses all 382 classification codes with parents and levels, including quoted titles", () => {
    const rows = parseClassificationCsv(klasifikasi);
    expect(rows).toHaveLength(382);
    const codes = new Set(rows.map((r) => r.code));
    for (const r of rows) if (r.parentCode) expect(codes.has(r.parentCode), r.code).toBe(true);
    expect(rows.find((r) => r.code === "000.1.8")?.title).toBe("Pemeliharaan Gedung, Taman dan Peralatan Kantor");
    expect(rows.find((r) => r.code === "000.1.2.1")?.level).toBe(4);
  });
});

describe("ids", () => {
  it("accepts only real UUIDs and integer ids within PostgreSQL's range", async () => {
    const { isUuid, idNumber, INT4_MAX } = await import("@/lib/validation");
    expect(isUuid("3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b")).toBe(true);
    for (const bad of [
      "-".repeat(36),
      "bukan-uuid",
      "00000000-0000-0000-0000-00000000000g",
      "",
      " 3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b",
    ])
      expect(isUuid(bad), bad).toBe(false);
    expect(idNumber("Kelurahan").safeParse(String(INT4_MAX)).success).toBe(true);
    for (const bad of [String(INT4_MAX + 1), "0xffffffff", "99999999999999999999", "-1", "1.5"])
      expect(idNumber("Kelurahan").safeParse(bad).success, bad).toBe(false);
  });
});
