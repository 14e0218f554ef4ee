import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Security floors: the lowest versions with the known fixes. `npm audit` does not work against this
 * registry, so CI fails here when a dependency falls below its floor.
 */
const FLOORS: Record<string, { min: string; why: string }> = {
  next: {
    min: "16.0.10",
    why: "proxy/middleware authorisation bypass (CVE-2025-29927) and the 2025 React Server Components RCE/DoS/source-exposure fixes (CVE-2025-55182, -55183, -55184)",
  },
  react: {
    min: "19.2.3",
    why: "React Server Components RCE and DoS fixes (CVE-2025-55182, CVE-2025-55184, CVE-2025-67779)",
  },
  "react-dom": { min: "19.2.3", why: "released together with react" },
  "next-auth": { min: "5.0.0-beta.30", why: "e-mail sign-in misdelivery fix (GHSA-5jpx-9hw9-2fx4) in the v5 line" },
};

/** Compare x.y.z[-tag.n] versions; prerelease sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split("-", 2);
    return {
      nums: core.split(".").map(Number),
      pre: pre ? pre.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : null,
    };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if ((x.nums[i] ?? 0) !== (y.nums[i] ?? 0)) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (!x.pre && !y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p - q;
    return String(p) < String(q) ? -1 : 1;
  }
  return 0;
}

function installed(name: string): string {
  return JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version;
}

describe("dependency security floors", () => {
  it("compares versions including prereleases", () => {
    expect(compareVersions("16.4.6", "16.0.10")).toBeGreaterThan(0);
    expect(compareVersions("16.0.9", "16.0.10")).toBeLessThan(0);
    expect(compareVersions("5.0.0-beta.32", "5.0.0-beta.30")).toBeGreaterThan(0);
    expect(compareVersions("5.0.0-beta.4", "5.0.0-beta.30")).toBeLessThan(0);
    expect(compareVersions("5.0.0", "5.0.0-beta.30")).toBeGreaterThan(0);
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name} is at least ${floor.min} (${floor.why})`, () => {
      const v = installed(name);
      expect(compareVersions(v, floor.min), `${name} ${v} < ${floor.min}`).toBeGreaterThanOrEqual(0);
      const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
      expect(compareVersions(lock.packages[`node_modules/${name}`].version, floor.min)).toBeGreaterThanOrEqual(0);
    });
  }
});
