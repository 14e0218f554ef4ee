import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/http/redirect";

const FALLBACK = "/beranda";

/** Where a browser on http://app.test ends up after `Location: <path>`. */
const landing = (path: string) => new URL(path, "http://app.test").origin;

describe("safeRedirectPath", () => {
  const hostile = [
    "/\\evil.example/x",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "//evil.example",
    "///evil.example",
    " //evil.example",
    "https://evil.example",
    "HTTPS://evil.example/masuk",
    "http://app.test@evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/.//evil.example",
    "/x/..//evil.example",
    "",
    "x".repeat(3000),
  ];
  it.each(hostile)("refuses %j", (t) => {
    expect(safeRedirectPath(t, FALLBACK)).toBe(FALLBACK);
  });

  it("refuses non-strings", () => {
    for (const t of [undefined, null, 42, ["/x"], { toString: () => "/x" }])
      expect(safeRedirectPath(t, FALLBACK)).toBe(FALLBACK);
  });

  const good: [string, string][] = [
    ["/sekretariat", "/sekretariat"],
    ["/sekretariat/pokir?status=baru#daftar", "/sekretariat/pokir?status=baru#daftar"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    [" /x", "/x"],
    ["/portal/../sekretariat", "/sekretariat"],
    ["sekretariat/akun", "/sekretariat/akun"],
    ["?q=1", "/?q=1"],
    // Same scheme without slashes is a relative path in a browser too.
    ["http:evil.example", "/evil.example"],
  ];
  it.each(good)("keeps %j on this site as %j", (t, want) => {
    expect(safeRedirectPath(t, FALLBACK)).toBe(want);
  });

  it("accepts an absolute URL on the given base, and no other", () => {
    expect(safeRedirectPath("http://app.test/portal?x=1", FALLBACK, "http://app.test")).toBe("/portal?x=1");
    expect(safeRedirectPath("http://app.test.evil.example/portal", FALLBACK, "http://app.test")).toBe(FALLBACK);
    expect(safeRedirectPath("https://app.test/portal", FALLBACK, "http://app.test")).toBe(FALLBACK);
  });

  it("never returns a path a browser would take to another origin", () => {
    for (const t of [...hostile, ...good.map(([g]) => g)])
      expect(landing(safeRedirectPath(t, FALLBACK))).toBe("http://app.test");
  });
});
