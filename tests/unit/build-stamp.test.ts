import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { beginBuild, buildInputsHash, buildIsCurrent, finishBuild } from "@/scripts/build-stamp.mjs";

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
};
/** What `next build` leaves: a fresh build id. */
const build = (id: string) => {
  write(".next/BUILD_ID", id);
};
const env = { APP_URL: "http://localhost:3000", PATH: "/usr/bin" };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "sidilan-stamp-"));
  execFileSync("git", ["init", "-q"], { cwd: root });
  write(".gitignore", ".next/\n.env.local\n");
  write(".env.example", "# Public base URL\nAPP_URL=http://localhost:3000\nSMTP_URL=\n");
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("tests/unit/a.test.ts", "// a test\n");
  execFileSync("git", ["add", "."], { cwd: root });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("production build stamp (npm test reuses a build of the same inputs)", () => {
  it("is current after a build, until an input of the build changes", () => {
    expect(buildIsCurrent(root, env)).toBe(false);
    beginBuild(root, env);
    build("b1");
    finishBuild(root);
    expect(buildIsCurrent(root, env)).toBe(true);

    // Not inputs: tests, ignored files, variables the app does not read.
    write("tests/unit/a.test.ts", "// changed\n");
    write(".next/cache/x", "y");
    expect(buildIsCurrent(root, { ...env, PATH: "/bin", NODE_ENV: "production" })).toBe(true);

    // Inputs: a tracked file, a new untracked file, a .env file Next loads, a variable the app reads.
    const before = buildInputsHash(root, env);
    write("app/page.tsx", "export default function Page() { return 1; }\n");
    expect(buildIsCurrent(root, env)).toBe(false);
    write("app/page.tsx", "export default function Page() { return null; }\n");
    expect(buildInputsHash(root, env)).toBe(before);
    write("lib/new.ts", "export const x = 1;\n");
    expect(buildIsCurrent(root, env)).toBe(false);
    rmSync(join(root, "lib"), { recursive: true });
    write(".env.local", "SMTP_URL=smtp://localhost\n");
    expect(buildIsCurrent(root, env)).toBe(false);
    rmSync(join(root, ".env.local"));
    expect(buildIsCurrent(root, { ...env, SMTP_URL: "smtp://localhost" })).toBe(false);
    expect(buildIsCurrent(root, { ...env, NEXT_PUBLIC_X: "1" })).toBe(false);
    expect(buildIsCurrent(root, env)).toBe(true);
  });

  it("is not current when another build replaced it, or when the last build failed", () => {
    beginBuild(root, env);
    build("b1");
    finishBuild(root);
    build("b2");
    expect(buildIsCurrent(root, env)).toBe(false);

    beginBuild(root, env);
    build("b3");
    // no finishBuild: the build failed after writing its id
    expect(buildIsCurrent(root, env)).toBe(false);
  });

  it("notes the inputs from before the build: a file saved during the build makes the stamp stale", () => {
    beginBuild(root, env);
    write("app/page.tsx", "export default function Page() { return 2; }\n");
    build("b1");
    finishBuild(root);
    expect(buildIsCurrent(root, env)).toBe(false);
  });

  it("never calls a build current outside a git checkout", () => {
    rmSync(join(root, ".git"), { recursive: true });
    expect(buildInputsHash(root, env)).toBeNull();
    beginBuild(root, env);
    build("b1");
    finishBuild(root);
    expect(buildIsCurrent(root, env)).toBe(false);
  });
});
