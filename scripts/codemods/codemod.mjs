// Issue 12 codemod: services own their database access.
//
// 1. Every exported function under lib/ (declaration or exported const arrow/function expression) with
//    exactly one parameter typed `Db` that is not already last-with-default gets that parameter moved
//    to the END as `tx: Db = db` (`db` = the shared lazy handle exported by lib/db/index.ts). The
//    parameter is renamed to `tx` in the body; an inner `tx` binding that would capture a reference
//    to the outer parameter is renamed to `trx` first, so the body never silently switches handles.
//    Choice (documented): low-level helpers that must run inside a transaction for their locking
//    (allocateSeqs, lockProposal, advisory locks, ...) get the same default. Running them on the
//    shared handle outside a transaction is still "correct" SQL (the lock lasts one statement), and one
//    uniform shape is easier to review and to enforce than a list of exceptions; their doc comments
//    already say "must run inside the transaction".
//    Functions with a rest parameter or overloads are left alone (none today; reported if found).
// 2. Every call of such a function anywhere in the project: if the Db argument is the shared handle
//    (the identifier imported from "@/lib/db", or `testHandle().db` in tests) it is dropped; otherwise
//    (a transaction, a test-specific handle, `handle.db`) it is moved to the last position, skipped
//    optional parameters filled with `undefined`. Functions that already take `db: Db = <default>`
//    last (requirePermission, allowPermission, ...) get a shared-handle last argument dropped.
//    References that are not calls (callbacks, .bind, Parameters<typeof f>[i]) are fixed when the
//    pattern is known and otherwise reported (the script exits 1 so nothing slips through).
// 3. Imports of the shared `db` that become unused are removed.
//
// Run from the repository root: node <tools>/codemod.mjs
import path from "node:path";
import { Node, Project, SyntaxKind } from "ts-morph";

const root = process.cwd();
const t0 = Date.now();
const project = new Project({ tsConfigFilePath: path.join(root, "tsconfig.json") });
const inRepo = (sf) => {
  const p = path.relative(root, sf.getFilePath());
  return !p.startsWith("..") && !p.startsWith("node_modules") && !p.startsWith(".next") && !p.startsWith("scripts/codemods");
};
const files = project.getSourceFiles().filter(inRepo);
const rel = (n) => path.relative(root, n.getSourceFile().getFilePath());
const log = (...a) => console.log("[codemod]", ...a);
const problems = [];
const refsByValue = [];

const dbIndex = project.getSourceFileOrThrow(path.join(root, "lib/db/index.ts"));
const sharedDecl = dbIndex.getVariableDeclarationOrThrow("db");
const resolveSym = (sym) => (sym && sym.isAlias() ? sym.getAliasedSymbol() ?? sym : sym);
const isSharedDbExpr = (e) => {
  if (!e) return false;
  if (Node.isIdentifier(e)) {
    const s = resolveSym(e.getSymbol());
    return !!s && s.getDeclarations().some((d) => d.compilerNode === sharedDecl.compilerNode);
  }
  // tests: testHandle().db is the shared handle (tests/setup/db.ts calls setDbHandle(handle))
  return /^testHandle\(\)\.db$/.test(e.getText());
};
const isDbTypeParam = (p) => p.getTypeNode()?.getText() === "Db";

/** key: compiler node of the declaration → { index, nParams, name, move } */
const targets = new Map();
function considerFunction(fnNode, declForSymbol, name, forcedIndex) {
  const params = fnNode.getParameters();
  const dbIdx = forcedIndex !== undefined ? [forcedIndex] : params.map((p, i) => (isDbTypeParam(p) ? i : -1)).filter((i) => i >= 0);
  if (dbIdx.length !== 1) return;
  const i = dbIdx[0];
  const p = params[i];
  if (params.some((q) => q.isRestParameter())) {
    problems.push(`${rel(fnNode)}: ${name} has a rest parameter; left alone`);
    return;
  }
  const overloads = Node.isFunctionDeclaration(fnNode) ? fnNode.getOverloads() : [];
  if (overloads.some((o) => !isDbTypeParam(o.getParameters()[i] ?? o))) {
    problems.push(`${rel(fnNode)}: ${name} has overloads without the Db parameter at ${i}; left alone`);
    return;
  }
  const isLast = i === params.length - 1;
  if (isLast && p.hasInitializer()) {
    targets.set(declForSymbol.compilerNode, { index: i, nParams: params.length, name, move: false });
    return;
  }
  // overloaded calls: fill up to the shortest signature that takes the given number of arguments
  const arities = overloads.length ? overloads.map((o) => o.getParameters().length).sort((a, b) => a - b) : [params.length];
  targets.set(declForSymbol.compilerNode, { index: i, nParams: params.length, arities, name, move: true, fnNode, param: p, overloads, untyped: !p.getTypeNode() });
}
for (const sf of files) {
  if (!path.relative(root, sf.getFilePath()).startsWith("lib/")) continue;
  for (const fn of sf.getFunctions()) if (fn.isExported() && fn.getName() && fn.getBody()) considerFunction(fn, fn, fn.getName());
  for (const vs of sf.getVariableStatements()) {
    if (!vs.isExported()) continue;
    for (const d of vs.getDeclarations()) {
      const init = d.getInitializer();
      if (init && (Node.isArrowFunction(init) || Node.isFunctionExpression(init))) considerFunction(init, d, d.getName());
    }
  }
}
// Exported function-type aliases under lib/ with one Db parameter (e.g. AttachmentAccessCheck): the
// parameter moves to the end as `tx?: Db`; values typed by the alias (arrows) and calls through it follow.
const aliasTargets = new Map();
for (const sf of files) {
  if (!path.relative(root, sf.getFilePath()).startsWith("lib/")) continue;
  for (const ta of sf.getTypeAliases()) {
    const tn = ta.getTypeNode();
    if (!ta.isExported() || !Node.isFunctionTypeNode(tn)) continue;
    const ps = tn.getParameters();
    const idx = ps.map((p, i) => (isDbTypeParam(p) ? i : -1)).filter((i) => i >= 0);
    if (idx.length !== 1 || (idx[0] === ps.length - 1 && ps[idx[0]].hasQuestionToken())) continue;
    aliasTargets.set(ta.getSymbol().compilerSymbol, { index: idx[0], nParams: ps.length, name: ta.getName(), node: ta, params: ps, move: true });
  }
}
const aliasOfType = (type) => (type?.aliasSymbol ? aliasTargets.get(type.aliasSymbol) : undefined);
const tcheck = project.getTypeChecker().compilerObject;
for (const sf of files) {
  for (const d of sf.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
    const init = d.getInitializer();
    if (!init || !(Node.isArrowFunction(init) || Node.isFunctionExpression(init)) || targets.has(d.compilerNode)) continue;
    const a = aliasOfType(tcheck.getContextualType(init.compilerNode));
    if (a && init.getParameters().length > a.index) considerFunction(init, d, d.getName(), a.index);
  }
}
log(`${aliasTargets.size} function-type aliases: ${[...aliasTargets.values()].map((a) => a.name).join(", ")}`);
const targetNames = new Set([...targets.values()].map((t) => t.name));
log(`${targets.size} functions (${[...targets.values()].filter((t) => t.move).length} to convert) in ${Date.now() - t0} ms`);

// ---- collect text edits -------------------------------------------------------------------------
/** file path → [{start, end, text}] */
const edits = new Map();
const edit = (sf, start, end, text) => {
  const k = sf.getFilePath();
  if (!edits.has(k)) edits.set(k, []);
  edits.get(k).push({ start, end, text });
};
/** Separator before an appended item: ", " or, when the list is one item per line, ",\n<indent>". */
const sep = (sf, a, b, last) => {
  const between = sf.getFullText().slice(a.getEnd(), b.getStart());
  if (!between.includes("\n")) return ", ";
  const lineStart = sf.getFullText().lastIndexOf("\n", last.getStart()) + 1;
  return ",\n" + sf.getFullText().slice(lineStart, last.getStart()).match(/^\s*/)[0];
};
/** Text of [start, end) with the pending edits inside it applied; those edits are consumed. */
const textWithEdits = (sf, start, end) => {
  const list = (edits.get(sf.getFilePath()) ?? []).filter((e) => !e.cancelled && e.start >= start && e.end <= end);
  let text = sf.getFullText().slice(start, end);
  for (const e of list.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, e.start - start) + e.text + text.slice(e.end - start);
    e.cancelled = true;
  }
  return text;
};
const needsDbImport = new Set();

// 1. signatures and bodies
for (const t of targets.values()) {
  if (!t.move) continue;
  const { fnNode, param } = t;
  const sf = fnNode.getSourceFile();
  const params = fnNode.getParameters();
  const oldName = param.getName();
  const body = fnNode.getBody();
  const paramSym = param.getSymbol();
  // references of the parameter in the body
  const refs = body.getDescendantsOfKind(SyntaxKind.Identifier).filter((id) => id.getText() === oldName && id !== param.getNameNode());
  const paramRefs = [];
  for (const id of refs) {
    const parent = id.getParent();
    if (Node.isShorthandPropertyAssignment(parent)) {
      const s = project.getTypeChecker().compilerObject.getShorthandAssignmentValueSymbol(parent.compilerNode);
      if (s === paramSym.compilerSymbol) paramRefs.push({ id, shorthand: true });
      continue;
    }
    if (id.getSymbol()?.compilerSymbol === paramSym.compilerSymbol) paramRefs.push({ id, shorthand: false });
  }
  if (oldName !== "tx") {
    // inner bindings named tx whose scope contains a reference to the parameter → rename to trx
    const innerTx = body.getDescendants().filter((n) => (Node.isParameterDeclaration(n) || Node.isVariableDeclaration(n) || Node.isBindingElement(n)) && n.getNameNode?.()?.getText() === "tx");
    for (const decl of innerTx) {
      const scope = Node.isParameterDeclaration(decl) ? decl.getParent() : decl.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a) || Node.isForStatement(a) || Node.isForOfStatement(a));
      const captured = paramRefs.some(({ id }) => id.getPos() >= scope.getPos() && id.getEnd() <= scope.getEnd());
      if (!captured) continue;
      const sym = decl.getNameNode().getSymbol();
      if (body.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => id.getText() === "trx")) problems.push(`${rel(fnNode)}: ${t.name} already uses trx`);
      edit(sf, decl.getNameNode().getStart(), decl.getNameNode().getEnd(), "trx");
      for (const id of scope.getDescendantsOfKind(SyntaxKind.Identifier)) {
        if (id === decl.getNameNode() || id.getText() !== "tx") continue;
        const par = id.getParent();
        if (Node.isShorthandPropertyAssignment(par)) {
          const s = project.getTypeChecker().compilerObject.getShorthandAssignmentValueSymbol(par.compilerNode);
          if (s === sym.compilerSymbol) edit(sf, id.getStart(), id.getEnd(), "tx: trx");
        } else if (id.getSymbol()?.compilerSymbol === sym.compilerSymbol) edit(sf, id.getStart(), id.getEnd(), "trx");
      }
      log(`${rel(fnNode)}: ${t.name}: inner tx renamed to trx (it captured the parameter)`);
    }
    for (const { id, shorthand } of paramRefs) edit(sf, id.getStart(), id.getEnd(), shorthand ? `${oldName}: tx` : "tx");
  }
  const i = t.index;
  const newParam = t.untyped ? "tx = db" : "tx: Db = db";
  if (params.length === 1) edit(sf, param.getStart(), param.getEnd(), newParam);
  else if (i < params.length - 1) {
    edit(sf, param.getStart(), params[i + 1].getStart(), "");
    edit(sf, params.at(-1).getEnd(), params.at(-1).getEnd(), sep(sf, params[i], params[i + 1], params.at(-1)) + newParam);
  } else edit(sf, param.getStart(), param.getEnd(), newParam); // last but without default
  // overload signatures: the parameters they lack become `name?: undefined`, then `tx?: Db`
  for (const o of t.overloads) {
    const ps = o.getParameters();
    const op = ps[i];
    const pad = params.slice(ps.length).map((q) => `${q.getName()}?: undefined`);
    const tail = [...pad, "tx?: Db"].join(", ");
    if (ps.length === 1) edit(sf, op.getStart(), op.getEnd(), tail);
    else if (i < ps.length - 1) {
      edit(sf, op.getStart(), ps[i + 1].getStart(), "");
      edit(sf, ps.at(-1).getEnd(), ps.at(-1).getEnd(), ", " + tail);
    } else edit(sf, op.getStart(), op.getEnd(), tail);
  }
  needsDbImport.add(sf);
}

for (const a of aliasTargets.values()) {
  const sf = a.node.getSourceFile();
  const ps = a.params;
  const p = ps[a.index];
  if (ps.length === 1) edit(sf, p.getStart(), p.getEnd(), "tx?: Db");
  else if (a.index < ps.length - 1) {
    edit(sf, p.getStart(), ps[a.index + 1].getStart(), "");
    edit(sf, ps.at(-1).getEnd(), ps.at(-1).getEnd(), ", tx?: Db");
  } else edit(sf, p.getStart(), p.getEnd(), "tx?: Db");
}

// 2. call sites and other references
const targetOf = (expr) => {
  const s = resolveSym(expr.getSymbol());
  if (!s) return null;
  for (const d of s.getDeclarations()) {
    const t = targets.get(d.compilerNode) ?? targetOfDynamicImport(d);
    if (t) return t;
  }
  return null;
};
/** `const { f } = await import("@/lib/x")` (tests): the binding resolves to the module's export. */
function targetOfDynamicImport(d) {
  if (!Node.isBindingElement(d)) return null;
  const vd = d.getFirstAncestorByKind(SyntaxKind.VariableDeclaration);
  let init = vd?.getInitializer();
  if (init && Node.isAwaitExpression(init)) init = init.getExpression();
  if (!init || !Node.isCallExpression(init) || init.getExpression().getKind() !== SyntaxKind.ImportKeyword) return null;
  const spec = init.getArguments()[0]?.getLiteralValue?.();
  if (!spec?.startsWith("@/")) return null;
  const base = path.join(root, spec.slice(2));
  const sf = [".ts", ".tsx", "/index.ts"].map((e) => project.getSourceFile(base + e)).find(Boolean);
  const name = d.getPropertyNameNode()?.getText() ?? d.getName();
  for (const ed of sf?.getExportedDeclarations().get(name) ?? []) {
    const t = targets.get(ed.compilerNode);
    if (t) return t;
  }
  return null;
}
let calls = 0, dropped = 0, moved = 0;
function rewriteCall(sf, call, t) {
      const args = call.getArguments();
      if (args.some((a) => Node.isSpreadElement(a))) {
        problems.push(`${rel(call)}:${call.getStartLineNumber()}: spread arguments to ${t.name}`);
        return;
      }
      const i = t.index;
      if (args.length <= i) return; // Db argument omitted
      const a = args[i];
      const shared = isSharedDbExpr(a);
      if (!t.move) {
        if (shared && i === args.length - 1) {
          edit(sf, i > 0 ? args[i - 1].getEnd() : a.getStart(), a.getEnd(), "");
          dropped++;
        }
        return;
      }
      const rest = args.length - 1; // business arguments given
      if (shared) {
        if (args.length === 1) edit(sf, a.getStart(), a.getEnd(), "");
        else if (i < args.length - 1) edit(sf, a.getStart(), args[i + 1].getStart(), "");
        else edit(sf, args[i - 1].getEnd(), a.getEnd(), "");
        dropped++;
        return;
      }
      const fill = Array(Math.max(0, t.nParams - 1 - rest)).fill("undefined");
      const aText = textWithEdits(sf, a.getStart(), a.getEnd());
      if (args.length === 1) edit(sf, a.getStart(), a.getEnd(), [...fill, aText].join(", "));
      else if (i < args.length - 1) {
        edit(sf, a.getStart(), args[i + 1].getStart(), "");
        edit(sf, args.at(-1).getEnd(), args.at(-1).getEnd(), sep(sf, a, args[i + 1], args.at(-1)) + [...fill, aText].join(", "));
      } else if (fill.length) edit(sf, args[i - 1].getEnd(), args[i - 1].getEnd(), ", " + fill.join(", "));
      moved++;
}

// calls through values typed by a converted alias (e.g. ATTACHMENT_ACCESS[type](db, actor, id))
for (const sf of files) {
  for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const args = call.getArguments();
    if (!args.some((x) => /(^|\.)(db|tx)$/.test(x.getText()))) continue;
    const a = aliasOfType(tcheck.getTypeAtLocation(call.getExpression().compilerNode));
    if (!a) continue;
    if (targetOf(call.getExpression())) continue;
    calls++;
    rewriteCall(sf, call, a);
  }
}
for (const sf of files) {
  for (const id of sf.getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (!targetNames.has(id.getText())) continue;
    const parent = id.getParent();
    if (Node.isImportSpecifier(parent) || Node.isExportSpecifier(parent) || Node.isFunctionDeclaration(parent) || Node.isVariableDeclaration(parent) || Node.isBindingElement(parent)) continue;
    let calleeExpr = id;
    if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === id) calleeExpr = parent;
    else if (Node.isPropertyAccessExpression(parent)) continue; // id.something
    if (Node.isPropertyAssignment(parent) && parent.getNameNode() === id) continue;
    const t = targetOf(calleeExpr === id ? id : parent.getNameNode());
    if (!t) continue;
    const call = calleeExpr.getParent();
    if (Node.isCallExpression(call) && call.getExpression() === calleeExpr) {
      calls++;
      rewriteCall(sf, call, t);
      continue;
    }
    if (!t.move) continue;
    if (!t.move) continue;
    // not a call: typeof f (fine unless Parameters<typeof f>[n]), references as values
    const typeQuery = calleeExpr.getFirstAncestorByKind(SyntaxKind.TypeQuery);
    if (typeQuery) {
      const ref = typeQuery.getParent();
      const idx = ref?.getParent();
      if (Node.isTypeReference(ref) && ref.getTypeName().getText() === "Parameters" && Node.isIndexedAccessTypeNode(idx)) {
        const lit = idx.getIndexTypeNode();
        const n = Number(lit.getText());
        if (Number.isInteger(n)) {
          const nn = n === t.index ? t.nParams - 1 : n > t.index ? n - 1 : n;
          if (nn !== n) edit(sf, lit.getStart(), lit.getEnd(), String(nn));
        } else problems.push(`${rel(id)}:${id.getStartLineNumber()}: Parameters<typeof ${t.name}>[${lit.getText()}]`);
      } else if (Node.isTypeReference(ref) && ref.getTypeName().getText() === "Parameters") {
        problems.push(`${rel(id)}:${id.getStartLineNumber()}: Parameters<typeof ${t.name}>`);
      }
      continue;
    }
    refsByValue.push({ id, t });
  }
}
log(`${calls} calls: ${dropped} shared-handle arguments dropped, ${moved} moved to the end`);

for (const { id, t } of refsByValue) {
  // A function whose only parameter is the Db works unchanged when passed where (db: Db) => … is expected.
  if (t.nParams === 1) continue;
  // Passed where a callback taking the Db first is expected (e.g. the attachment-access registries):
  // wrap it in an arrow with the contextual signature's parameters, the Db moved to the end.
  const ctx = project.getTypeChecker().compilerObject.getContextualType(id.compilerNode);
  if (aliasOfType(ctx)) continue; // the alias itself is converted: the function fits as it is
  const sig = ctx?.getCallSignatures?.()[0];
  if (sig && sig.parameters.length > t.index && sig.parameters.length <= t.nParams) {
    const names = sig.parameters.map((p) => p.name);
    const business = names.filter((_, k) => k !== t.index);
    const fill = Array(Math.max(0, t.nParams - 1 - business.length)).fill("undefined");
    const callee = id.getText();
    edit(id.getSourceFile(), id.getStart(), id.getEnd(), `(${names.join(", ")}) => ${callee}(${[...business, ...fill, names[t.index]].join(", ")})`);
    log(`${rel(id)}:${id.getStartLineNumber()}: ${t.name} passed as a callback: wrapped`);
    continue;
  }
  problems.push(`${rel(id)}:${id.getStartLineNumber()}: ${t.name} used as a value (${id.getParent().getText().slice(0, 80)})`);
}

// imports of the shared handle in converted modules
for (const sf of needsDbImport) {
  const decls = sf.getImportDeclarations().filter((d) => d.getModuleSpecifierValue() === "@/lib/db");
  const has = decls.some((d) => d.getNamedImports().some((n) => n.getName() === "db" && !n.getAliasNode() && !n.isTypeOnly()) && !d.isTypeOnly());
  if (has) continue;
  const clash = sf.getVariableDeclaration("db") || sf.getFunction("db") || sf.getImportDeclarations().some((d) => d.getNamedImports().some((n) => (n.getAliasNode()?.getText() ?? n.getName()) === "db"));
  if (clash) {
    problems.push(`${rel(sf)}: a top-level "db" already exists; cannot import the shared handle`);
    continue;
  }
  const valueDecl = decls.find((d) => !d.isTypeOnly() && d.getNamedImports().length);
  const typesDecl = sf.getImportDeclarations().find((d) => d.getModuleSpecifierValue() === "@/lib/db/types" && d.isTypeOnly() && d.getNamedImports().every((n) => ["Db", "DbHandle", "DbKind"].includes(n.getName())));
  const typeDecl = decls.find((d) => d.isTypeOnly() && d.getNamedImports().length) ?? (valueDecl ? undefined : typesDecl);
  if (valueDecl) {
    const first = valueDecl.getNamedImports()[0];
    edit(sf, first.getStart(), first.getStart(), "db, ");
  } else if (typeDecl) {
    const names = typeDecl.getNamedImports().map((n) => `type ${n.getText()}`);
    edit(sf, typeDecl.getStart(), typeDecl.getEnd(), `import { db, ${names.join(", ")} } from "@/lib/db";`);
  } else {
    const imports = sf.getImportDeclarations();
    const at = imports.length ? imports.at(-1).getEnd() : 0;
    edit(sf, at, at, imports.length ? `\nimport { db } from "@/lib/db";` : `import { db } from "@/lib/db";\n`);
  }
}

// apply edits
const changed = [];
for (let [file, list] of edits) {
  const sf = project.getSourceFileOrThrow(file);
  let text = sf.getFullText();
  list = list.filter((e) => !e.cancelled);
  list.sort((a, b) => b.start - a.start || b.end - a.end);
  for (let k = 1; k < list.length; k++) {
    if (list[k].end > list[k - 1].start && list[k].start !== list[k].end) problems.push(`${path.relative(root, file)}: overlapping edits at ${list[k].start}`);
  }
  for (const e of list) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  sf.replaceWithText(text);
  changed.push(sf);
}
log(`${changed.length} files edited in ${Date.now() - t0} ms`);

// 3. remove shared-handle imports that became unused
let removed = 0;
const removals = [];
for (const sf of changed) {
  for (const d of sf.getImportDeclarations().filter((d) => d.getModuleSpecifierValue() === "@/lib/db")) {
    for (const spec of d.getNamedImports()) {
      if (spec.getName() !== "db" || spec.isTypeOnly()) continue;
      const local = spec.getAliasNode() ?? spec.getNameNode();
      const sym = local.getSymbol();
      const used = sf.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => id !== local && id.getText() === local.getText() && id.getSymbol()?.compilerSymbol === sym?.compilerSymbol);
      if (!used) removals.push([d, spec]);
    }
  }
}
for (const [d, spec] of removals) {
  if (d.getNamedImports().length === 1 && !d.getDefaultImport() && !d.getNamespaceImport()) d.remove();
  else spec.remove();
  removed++;
}
log(`${removed} unused imports of the shared handle removed`);
project.saveSync();
for (const p of problems) console.error("[codemod] PROBLEM", p);
log(`done in ${Date.now() - t0} ms`);
if (problems.length) process.exit(1);
