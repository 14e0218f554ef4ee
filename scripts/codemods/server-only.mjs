// Adds `import "server-only";` (idempotent) to every lib module that touches the database: a value
// import of the shared handle "@/lib/db" (after codemod.mjs that is every service), plus the client
// itself (lib/db/index.ts, open.ts, migrate.ts). Skipped: modules reachable through value imports
// from a "use client" module, proxy.ts, next.config.ts, drizzle.config.ts, playwright and tests/e2e
// (those load outside React's server graph, where the package throws). The tsx scripts load it
// through scripts/server-only-hook.mjs; Vitest aliases it (vitest.config.ts).
import fs from "node:fs";
import path from "node:path";
const root = process.cwd();
const resolve = (from, spec) => {
  let base;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const e of ["", ".ts", ".tsx", ".mjs", "/index.ts", "/index.tsx"]) if (fs.existsSync(base + e) && fs.statSync(base + e).isFile()) return base + e;
  return null;
};
const IMPORT = /^\s*import\s+(?!type\b)([^;]*?)\s+from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|^\s*export\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm;
const typeOnly = (clause) => clause && /^\{[^}]*\}$/.test(clause.trim()) && clause.replace(/[{}\s]/g, "").split(",").filter(Boolean).every((n) => n.startsWith("type"));
function deps(file) {
  const out = [];
  for (const m of fs.readFileSync(file, "utf8").matchAll(IMPORT)) if (!typeOnly(m[1])) out.push(m[2] ?? m[3] ?? m[4]);
  return out;
}
function walk(dir, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", ".next", ".git"].includes(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, acc);
    else if (/\.(ts|tsx|mjs)$/.test(e.name) && !e.name.endsWith(".d.ts")) acc.push(p);
  }
  return acc;
}
const head = (f) => fs.readFileSync(f, "utf8").slice(0, 300);
const entries = [...["app", "components", "lib"].flatMap((d) => walk(path.join(root, d))).filter((f) => /^\s*["']use client["']/.test(head(f))),
  ...["proxy.ts", "next.config.ts", "drizzle.config.ts", "playwright.config.ts"].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)),
  ...walk(path.join(root, "tests/e2e"))];
const outside = new Set();
const stack = [...entries];
while (stack.length) {
  const f = stack.pop();
  if (outside.has(f)) continue;
  outside.add(f);
  for (const spec of deps(f)) {
    const r = resolve(f, spec);
    if (r && !/["']use server["']/.test(head(r))) stack.push(r);
  }
}
const CORE = new Set(["lib/db/index.ts", "lib/db/open.ts", "lib/db/migrate.ts"]);
let added = 0;
const skipped = [];
for (const f of walk(path.join(root, "lib"))) {
  const r = path.relative(root, f);
  if (!/\.tsx?$/.test(r)) continue;
  const text = fs.readFileSync(f, "utf8");
  if (/^import\s+["']server-only["'];?\s*$/m.test(text)) continue;
  const touches = CORE.has(r) || deps(f).includes("@/lib/db");
  if (!touches) continue;
  if (outside.has(f)) {
    skipped.push(r);
    continue;
  }
  // after a leading "use server"/"use client" directive and comments, before the first import
  const m = text.match(/^(\s*(?:(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*(?:["']use (?:server|client)["'];?\s*\n)?)/);
  const at = m ? m[1].length : 0;
  fs.writeFileSync(f, text.slice(0, at) + 'import "server-only";\n' + text.slice(at));
  added++;
}
console.log(`server-only: added to ${added} modules; left out (loaded outside the server graph): ${skipped.join(", ") || "none"}`);
