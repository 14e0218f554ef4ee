import { describe, expect, it } from "vitest";
import { submissionChannel, submissionSchemaFor } from "@/lib/aspirations/schema";
import { fieldErrorsOf } from "@/lib/validation";

/** The cross-field rules the browser form and the server share (lib/aspirations/schema.ts). */
const base = {
  title: "Jalan berlubang",
  body: "Jalan di depan sekolah berlubang besar.",
  category: "infrastruktur",
  kelurahan: "12",
  kecamatan: "3",
  name: "Budi",
  phone: "0812 3456 7890",
};
const errorsOf = (schema: ReturnType<typeof submissionSchemaFor>, input: Record<string, unknown>) => {
  const r = schema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("submissionSchemaFor", () => {
  it("asks for consent on the web form and the API, with every other field error at once", () => {
    expect(errorsOf(submissionSchemaFor(), base).consent).toEqual([
      "Centang persetujuan pemrosesan data pribadi untuk melanjutkan.",
    ]);
    expect(errorsOf(submissionSchemaFor({ channel: "api" }), base).consent).toBeDefined();
    expect(submissionSchemaFor().safeParse({ ...base, consent: "on" }).success).toBe(true);
    const all = errorsOf(submissionSchemaFor(), { ...base, title: "", phone: "" });
    expect(Object.keys(all).sort()).toEqual(["consent", "phone", "title"]);
  });

  it("lets only staff log a staff channel; staff-logged anonymous reports need no consent", () => {
    expect(errorsOf(submissionSchemaFor(), { ...base, consent: "on", channel: "telepon" }).channel).toEqual([
      "Kanal ini hanya dapat dicatat oleh staf Sekretariat.",
    ]);
    const staff = submissionSchemaFor({ staff: true });
    expect(staff.safeParse({ ...base, channel: "telepon", anonymous: "on" }).success).toBe(true);
    expect(errorsOf(staff, { ...base, channel: "telepon" }).consent).toBeDefined();
    expect(errorsOf(staff, { ...base, consent: "on", channel: "whatsapp" }).channel).toBeDefined();
    expect(submissionChannel({ channel: "telepon" }, { staff: true })).toBe("telepon");
    expect(submissionChannel({ channel: "telepon" }, { staff: false })).toBe("web");
    expect(submissionChannel({}, { channel: "api" })).toBe("api");
  });

  it("flags a kelurahan outside the chosen kecamatan when the form has the reference list", () => {
    const kelurahan = [
      { id: 12, kecamatanId: 3 },
      { id: 13, kecamatanId: 4 },
    ];
    const schema = submissionSchemaFor({ kelurahan });
    expect(schema.safeParse({ ...base, consent: "on" }).success).toBe(true);
    expect(errorsOf(schema, { ...base, consent: "on", kelurahan: "13" }).kelurahan).toEqual([
      "Kelurahan tidak berada di kecamatan yang dipilih.",
    ]);
    // Without the list (the server), the pair is checked against the database by resolveArea.
    expect(submissionSchemaFor().safeParse({ ...base, consent: "on", kelurahan: "13" }).success).toBe(true);
  });
});
