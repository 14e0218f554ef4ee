// What a production build was made from, so `npm run test:e2e` can reuse a build whose inputs have not
// changed instead of building again (about 3 minutes on a 2-core machine, a fifth of `npm test`).
// `npm run build` notes the inputs before building (prebuild) and stamps the build with them once it has
// succeeded (postbuild); scripts/e2e-build.mjs compares the stamp with the inputs now.
// The inputs: every file git tracks or would track (ignored files left out), except tests/, docs/ and bench/,
// which the app's build does not read; the .env files Next loads; the values of the variables the app
// understands (.env.example names them) and of NEXT_* variables; and the Node version.
// Usage: node scripts/build-stamp.mjs begin|finish   (package.json's prebuild and postbuild)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const STAMP = ".next/build-inputs";
// Next empties .next when it builds, except its cache folder.
const PENDING = ".next/cache/build-inputs-pending";
const NOT_BUILT_FROM = ["tests/", "docs/", "bench/"];
const ENV_FILES = [".env", ".env.production", ".env.local", ".env.production.local"];

/** The hash of a build's inputs in `root` under `env`, or null when git cannot list the files. */
export function buildInputsHash(root = ".", env = process.env) {
  let listed;
  try {
    listed = execFileSync("git", ["ls-files", "-z", "-c", "-o", "--exclude-standard"], {
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
  } catch {
    return null;
  }
  const files = [...new Set(listed.split("\0").filter(Boolean))]
    .filter((f) => !NOT_BUILT_FROM.some((p) => f.startsWith(p)))
    .sort();
  const h = createHash("sha256");
  for (const f of [...files, ...ENV_FILES]) {
    const path = join(root, f);
    h.update(`${f}\0`);
    // A tracked file deleted from the working tree counts as absent.
    h.update(existsSync(path) ? readFileSync(path) : "(absent)");
    h.update("\0");
  }
  const example = existsSync(join(root, ".env.example")) ? readFileSync(join(root, ".env.example"), "utf8") : "";
  const names = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
  for (const k of Object.keys(env)) if (k.startsWith("NEXT_")) names.add(k);
  for (const k of [...names].sort()) h.update(`${k}=${env[k] ?? "(unset)"}\0`);
  h.update(process.version);
  return h.digest("hex");
}

/** Whether the build in `root`/.next was made from the inputs there now. */
export function buildIsCurrent(root = ".", env = process.env) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || !existsSync(join(root, ".next/BUILD_ID"))) return false;
  const [hash, buildId] = readFileSync(stamp, "utf8").trim().split(" ");
  const now = buildInputsHash(root, env);
  return now !== null && hash === now && buildId === readFileSync(join(root, ".next/BUILD_ID"), "utf8").trim();
}

/**
 * Before a build (prebuild): forget the last build's inputs and note the inputs now, so that a file saved
 * while the build runs makes the next check fail rather than pass.
 */
export function beginBuild(root = ".", env = process.env) {
  rmSync(join(root, STAMP), { force: true });
  mkdirSync(join(root, ".next/cache"), { recursive: true });
  const hash = buildInputsHash(root, env);
  if (hash === null) rmSync(join(root, PENDING), { force: true });
  else writeFileSync(join(root, PENDING), `${hash}\n`);
}

/** After a successful build (postbuild): the inputs noted before it, with the build's id. */
export function finishBuild(root = ".") {
  const pending = join(root, PENDING);
  if (!existsSync(pending)) return;
  const buildId = readFileSync(join(root, ".next/BUILD_ID"), "utf8").trim();
  writeFileSync(join(root, STAMP), `${readFileSync(pending, "utf8").trim()} ${buildId}\n`);
  rmSync(pending, { force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const cmd = process.argv[2];
  if (cmd === "begin") beginBuild();
  else if (cmd === "finish") finishBuild();
  else {
    console.error("usage: node scripts/build-stamp.mjs begin|finish");
    process.exit(2);
  }
}
