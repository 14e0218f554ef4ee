import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

type Component = { "bom-ref": string; name: string; version: string; scope: string; purl: string };
type Bom = {
  bomFormat: string;
  metadata: { component: { name: string; version: string } };
  components: Component[];
  dependencies: { ref: string; dependsOn: string[] }[];
};
type LockEntry = { name?: string; version: string; dev?: boolean; devOptional?: boolean; optional?: boolean };

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8"));
const pkg = read("package.json") as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = read("package-lock.json") as { packages: Record<string, LockEntry> };
const nameOf = (key: string, e: LockEntry) =>
  e.name ?? key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);

// Run the real `npm run sbom` script (into a temp file) and read what it wrote.
const dir = mkdtempSync(join(tmpdir(), "sbom-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = join(dir, "bom.json");
execFileSync(process.execPath, ["scripts/sbom.mjs", "--out", out], { cwd: new URL("../..", import.meta.url) });
const bom = JSON.parse(readFileSync(out, "utf8")) as Bom;
const refs = new Set(bom.components.map((c) => c["bom-ref"]));
const names = new Set(bom.components.map((c) => c.name));

describe("npm run sbom", () => {
  it("names the application after package.json, not the checkout folder", () => {
    expect(bom.bomFormat).toBe("CycloneDX");
    expect(bom.metadata.component.name).toBe("si-dilan");
    expect(bom.metadata.component.name).toBe(pkg.name);
    expect(bom.metadata.component.version).toBe(pkg.version);
  });

  it("lists every runtime dependency at its locked version (zod included)", () => {
    expect(names.has("zod")).toBe(true);
    for (const name of Object.keys(pkg.dependencies)) {
      const locked = lock.packages[`node_modules/${name}`];
      expect(refs.has(`${name}@${locked.version}`), `${name}@${locked.version} missing`).toBe(true);
    }
  });

  it("leaves out devDependencies at the version the dev tools use (@types/node 20, vitest, ...)", () => {
    for (const name of Object.keys(pkg.devDependencies)) {
      if (name in pkg.dependencies) continue;
      const locked = lock.packages[`node_modules/${name}`];
      expect(refs.has(`${name}@${locked.version}`), `devDependency ${name}@${locked.version} listed`).toBe(false);
      // A dev tool nobody in production depends on is absent under any version.
      if (locked.dev) expect(names.has(name), `devDependency ${name} listed`).toBe(false);
    }
    expect(names.has("vitest")).toBe(false);
    expect(refs.has(`@types/node@${lock.packages["node_modules/@types/node"].version}`)).toBe(false);
  });

  it("agrees with npm's own dev flags: every non-dev lockfile package is in, no dev-only one is", () => {
    for (const [key, e] of Object.entries(lock.packages)) {
      if (!key) continue;
      const ref = `${nameOf(key, e)}@${e.version}`;
      if (!e.dev && !e.devOptional) expect(refs.has(ref), `${ref} (${key}) missing`).toBe(true);
    }
    const devOnly = new Set(
      Object.entries(lock.packages)
        .filter(([k, e]) => k && e.dev)
        .map(([k, e]) => `${nameOf(k, e)}@${e.version}`),
    );
    const prod = new Set(
      Object.entries(lock.packages)
        .filter(([k, e]) => k && !e.dev)
        .map(([k, e]) => `${nameOf(k, e)}@${e.version}`),
    );
    for (const ref of refs) expect(devOnly.has(ref) && !prod.has(ref), `${ref} is dev-only`).toBe(false);
  });

  it("is one connected graph: each component is depended on by the app or another component", () => {
    const reached = new Set(bom.dependencies.flatMap((d) => d.dependsOn));
    for (const ref of refs) expect(reached.has(ref), `${ref} has no dependant`).toBe(true);
    const app = bom.dependencies.find((d) => d.ref === `${pkg.name}@${pkg.version}`);
    expect(app?.dependsOn.length).toBe(Object.keys(pkg.dependencies).length);
  });
});
