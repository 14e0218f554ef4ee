import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, newTrackingCode, normalizeTrackingCode } from "@/lib/tracking/code";

describe("tracking codes", () => {
  it("have the readable ASP-XXXX-XXXX form without look-alike characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = newTrackingCode("ASP");
      expect(code).toMatch(/^ASP-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("are not repeated across many draws", () => {
    const seen = new Set(Array.from({ length: 5000 }, () => newTrackingCode("POK")));
    expect(seen.size).toBe(5000);
  });

  it("normalises what people type and rejects impossible codes", () => {
    expect(normalizeTrackingCode(" asp 7kx9 q2md ")).toBe("ASP-7KX9-Q2MD");
    expect(normalizeTrackingCode("pok-7kx9q2md")).toBe("POK-7KX9-Q2MD");
    expect(normalizeTrackingCode("ASP-7KX9-Q2M0")).toBeNull(); // 0 is not in the alphabet
    expect(normalizeTrackingCode("XYZ-7KX9-Q2MD")).toBeNull();
    expect(normalizeTrackingCode("ASP-7KX9")).toBeNull();
    expect(normalizeTrackingCode("' or 1=1 --")).toBeNull();
  });
});
