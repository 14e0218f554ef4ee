// Lists "use client" modules that (transitively, through value imports) reach a module importing a
// value from "@/lib/db" or "server-only": those would pull the database driver into the browser bundle.
import fs from "node:fs";
import path from "node:path";
const root = process.cwd();
const resolve = (from, spec) => {
  let base;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const e of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) if (fs.existsSync(base + e) && fs.statSync(base + e).isFile()) return base + e;
  return null;
};
const IMPORT = /^\s*import\s+(?!type\b)([^;]*?)\s+from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|^\s*export\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm;
const cache = new Map();
function deps(file) {
  if (cache.has(file)) return cache.get(file);
  const text = fs.readFileSync(file, "utf8");
  const out = [];
  for (const m of text.matchAll(IMPORT)) {
    const clause = m[1];
    if (clause && /^\{[^}]*\}$/.test(clause.trim()) && clause.replace(/[{}\s]/g, "").split(",").filter(Boolean).every((n) => n.startsWith("type "))) continue;
    out.push(m[2] ?? m[3] ?? m[4]);
  }
  cache.set(file, out);
  return out;
}
const bad = (spec) => spec === "@/lib/db" || spec === "server-only";
function walk(dir, acc = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", ".next", ".git"].includes(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, acc);
    else if (/\.tsx?$/.test(e.name)) acc.push(p);
  }
  return acc;
}
let found = 0;
for (const f of walk(root)) {
  const head = fs.readFileSync(f, "utf8").slice(0, 200);
  if (!/^\s*["']use client["']/.test(head)) continue;
  const seen = new Set();
  const stack = [[f, [path.relative(root, f)]]];
  while (stack.length) {
    const [cur, trail] = stack.pop();
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const spec of deps(cur)) {
      if (bad(spec)) {
        console.log(`${trail.join(" -> ")} -> ${spec}`);
        found++;
        continue;
      }
      const r = resolve(cur, spec);
      if (r && !/["']use server["']/.test(fs.readFileSync(r, "utf8").slice(0, 200))) stack.push([r, [...trail, path.relative(root, r)]]);
    }
  }
}
process.exit(found ? 1 : 0);
