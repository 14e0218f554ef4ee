// Lists exports under lib/ and components/ that no other module imports (tests listed separately).
// Run from the repository root: node <tools>/dead-exports.mjs
import path from "node:path";
import { Node, Project, SyntaxKind } from "ts-morph";
const root = process.cwd();
const project = new Project({ tsConfigFilePath: path.join(root, "tsconfig.json") });
const rel = (sf) => path.relative(root, sf.getFilePath());
const files = project.getSourceFiles().filter((sf) => !rel(sf).startsWith("..") && !rel(sf).startsWith("node_modules") && !rel(sf).startsWith(".next"));
/** file → name → Set(users) */
const used = new Map();
const use = (target, name, by) => {
  if (!target) return;
  const k = rel(target);
  if (!used.has(k)) used.set(k, new Map());
  const m = used.get(k);
  if (!m.has(name)) m.set(name, new Set());
  m.get(name).add(by);
};
const resolveSpec = (spec) => {
  if (!spec?.startsWith("@/")) return undefined;
  const base = path.join(root, spec.slice(2));
  return [".ts", ".tsx", "/index.ts", "/index.tsx", ""].map((e) => project.getSourceFile(base + e)).find(Boolean);
};
for (const sf of files) {
  const by = rel(sf);
  for (const d of sf.getImportDeclarations()) {
    const t = d.getModuleSpecifierSourceFile();
    for (const n of d.getNamedImports()) use(t, n.getName(), by);
    if (d.getDefaultImport()) use(t, "default", by);
    if (d.getNamespaceImport()) use(t, "*", by);
  }
  for (const d of sf.getExportDeclarations()) {
    const t = d.getModuleSpecifierSourceFile();
    if (!t) continue;
    if (!d.getNamedExports().length) use(t, "*", by);
    for (const n of d.getNamedExports()) use(t, n.getName(), by);
  }
  for (const c of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    if (c.getExpression().getKind() !== SyntaxKind.ImportKeyword && !/^vi\.(mock|importActual)$/.test(c.getExpression().getText())) continue;
    const t = resolveSpec(c.getArguments()[0]?.getLiteralValue?.());
    if (!t) continue;
    let p = c.getParent();
    if (Node.isAwaitExpression(p)) p = p.getParent();
    if (Node.isVariableDeclaration(p) && Node.isObjectBindingPattern(p.getNameNode())) {
      for (const el of p.getNameNode().getElements()) use(t, el.getPropertyNameNode()?.getText() ?? el.getName(), by);
    } else use(t, "*", by);
  }
}
const out = [];
for (const sf of files) {
  const k = rel(sf);
  if (!/^(lib|components)\//.test(k)) continue;
  const m = used.get(k) ?? new Map();
  if (m.has("*")) continue;
  for (const [name, decls] of sf.getExportedDeclarations()) {
    if (decls.some((d) => d.getSourceFile() !== sf)) continue; // re-export: judged at its source
    const users = [...(m.get(name) ?? [])];
    const nonTest = users.filter((u) => !u.startsWith("tests/"));
    if (nonTest.length) continue;
    const local = sf.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === name).length > 1;
    out.push(`${k}: ${name}${users.length ? `  (tests only: ${users.join(", ")})` : ""}${local ? "  [used in its own module]" : ""}`);
  }
}
console.log(out.sort().join("\n"));
console.error(`${out.length} exports without a user outside tests`);
