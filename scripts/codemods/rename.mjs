// Idempotent renames (issue 12): `git mv` what still exists under its old name, then rewrite every
// module specifier (and path mentions in docs/comments) that points at an old path. Run from repo root.
// Tolerates partial trees: an entry whose old path is gone is only used to rewrite imports.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
/** [old, new]: files or directories, repo-relative. */
export const RENAMES = [
  ["lib/db/seed", "lib/seed"], // seeding is orchestrated outside lib/db (it imports domain seeders and auth)
  ["lib/letters/numbering.ts", "lib/letters/number-format.ts"], // pure number templates
  ["lib/letters/numbers.ts", "lib/letters/number-allocation.ts"], // registers + running-number allocation (db)
  ["lib/minutes/workflow.ts", "lib/minutes/workflow-rules.ts"], // statuses and pure guards
  ["lib/minutes/workflow-service.ts", "lib/minutes/workflow-transitions.ts"], // db transitions
  ["lib/letters/retention.ts", "lib/letters/retention-rules.ts"], // pure retention arithmetic
  ["lib/letters/retention-service.ts", "lib/letters/retention-review.ts"], // due list + review (db)
  ["lib/aspirations/common.ts", "lib/aspirations/lookups.ts"], // input parsing, reference lookups, row loaders
  ["lib/pokir/common.ts", "lib/pokir/proposal-store.ts"], // reference checks, proposal lock/status/event writes
  ["lib/letters/common.ts", "lib/letters/input-checks.ts"], // input parsing, reference checks, revisions
];

const SKIP = new Set(["node_modules", ".next", ".git", "codemods", "drizzle", "test-results", "playwright-report", "coverage"]);
function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name) || (e.name.startsWith(".") && ![".ci", ".prettierignore", ".gitignore", ".dockerignore"].includes(e.name))) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(path.relative(root, p));
  }
  return out;
}
const isFile = (p) => fs.existsSync(p) && fs.statSync(p).isFile();

// 1. Moves. movedNow: new file -> old file (files moved in this run keep old-relative specifiers).
const movedNow = new Map();
for (const [from, to] of RENAMES) {
  if (!fs.existsSync(from) || fs.existsSync(to)) continue;
  const files = fs.statSync(from).isDirectory() ? walk(from) : [from];
  fs.mkdirSync(path.dirname(to), { recursive: true });
  execFileSync("git", ["mv", from, to]);
  for (const f of files) movedNow.set(path.join(to, path.relative(from, f)), f);
  console.log(`renamed ${from} -> ${to}`);
}

// 2. Old path -> new path, for any file (exact match or under a renamed directory).
function mapPath(p) {
  for (const [from, to] of RENAMES) {
    if (p === from) return to;
    if (p.startsWith(from + "/")) return to + p.slice(from.length);
  }
  return null;
}
const EXTS = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", ".json", "/index.ts", "/index.tsx"];
/** Resolve a specifier target (repo-relative, no ext) to [actualPath, suffixAdded], trying old and new names. */
function resolveTarget(base) {
  for (const ext of EXTS) {
    const p = base + ext;
    const mapped = mapPath(p);
    if (mapped && (isFile(mapped) || isFile(p))) return { old: p, now: mapped, ext };
    if (isFile(p)) return { old: p, now: p, ext };
  }
  return null;
}
const SPEC = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\b(?:vi\.mock|vi\.doMock|vi\.importActual|require)\s*\(\s*)(["'])([^"'\n]+)\2/g;
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
let changed = 0;
for (const file of walk(root)) {
  const oldSelf = movedNow.get(file) ?? file;
  let text = fs.readFileSync(file, "utf8");
  const before = text;
  if (CODE.test(file)) {
    text = text.replace(SPEC, (m, pre, q, spec) => {
      let base;
      if (spec.startsWith("@/")) base = spec.slice(2);
      else if (spec.startsWith("./") || spec.startsWith("../")) base = path.normalize(path.join(path.dirname(oldSelf), spec));
      else return m;
      const r = resolveTarget(base);
      if (!r) return m;
      const target = r.now.slice(0, r.now.length - r.ext.length);
      if (r.now === r.old && oldSelf === file) return m;
      let out;
      if (spec.startsWith("@/")) out = "@/" + target;
      else {
        out = path.relative(path.dirname(file), target);
        if (!out.startsWith(".")) out = "./" + out;
        if (out.startsWith("../")) out = "@/" + target; // leaving the folder: prefer the alias
      }
      return out === spec ? m : `${pre}${q}${out}${q}`;
    });
  }
  if (/\.(ts|tsx|mjs|md|json|yml|yaml|sh)$/.test(file) || file.startsWith(".ci/") || /(^|\/)\.\w+ignore$/.test(file)) {
    for (const [from, to] of RENAMES) {
      const isDir = !/\.[a-z]+$/.test(from);
      const re = isDir ? new RegExp(`(?<![\\w/.-])${from.replace(/[./]/g, "\\$&")}(?=/|\\b)`, "g") : new RegExp(`(?<![\\w/.-])${from.replace(/[./]/g, "\\$&")}(?![\\w-])`, "g");
      text = text.replace(re, to);
    }
  }
  if (text !== before) {
    fs.writeFileSync(file, text);
    changed++;
  }
}
console.log(`rename: ${movedNow.size} files moved, ${changed} files rewritten`);
