#!/usr/bin/env node
// CycloneDX SBOM of what runs in production, built from package-lock.json: the packages reachable
// from package.json `dependencies` (their dependencies, optional dependencies and required peers),
// never a devDependency. `npm sbom --omit dev` was not usable: it left out zod, kept @types/node
// (an optional peer) and named the component after the checkout folder.
//   node scripts/sbom.mjs [--out sbom/sidilan.cdx.json]
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Find the lockfile entry that `name`, required from the package at `from`, resolves to (Node's lookup). */
function resolveIn(packages, from, name) {
  let dir = from;
  for (;;) {
    const key = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return null;
    const cut = dir.lastIndexOf("/node_modules/");
    dir = cut === -1 ? "" : dir.slice(0, cut);
  }
}

/** The package name of a lockfile key (`node_modules/a/node_modules/@s/b` → `@s/b`). */
function nameOf(key, entry) {
  return entry.name ?? key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
}

const purl = (name, version) => `pkg:npm/${name.replace(/^@/, "%40")}@${version}`;

function hashes(integrity) {
  const out = [];
  for (const part of (integrity ?? "").split(/\s+/)) {
    const m = /^sha(512|384|256|1)-(.+)$/.exec(part);
    if (m)
      out.push({ alg: m[1] === "1" ? "SHA-1" : `SHA-${m[1]}`, content: Buffer.from(m[2], "base64").toString("hex") });
  }
  return out;
}

function licenses(license) {
  if (typeof license !== "string" || !license) return [];
  if (/\s(OR|AND|WITH)\s/.test(license)) return [{ expression: license.replace(/^\((.*)\)$/, "$1") }];
  return [{ license: /^[A-Za-z0-9.+-]+$/.test(license) ? { id: license } : { name: license } }];
}

/**
 * Build the SBOM object from parsed package.json and package-lock.json (lockfile v2/v3).
 * Required edges: dependencies and non-optional peers; optional dependencies are listed with scope "optional".
 */
export function buildSbom(pkg, lock, { timestamp = new Date().toISOString(), serial = randomUUID() } = {}) {
  const packages = lock.packages;
  if (!packages) throw new Error("package-lock.json has no `packages` (lockfileVersion >= 2 needed)");
  const ref = (key) => `${nameOf(key, packages[key])}@${packages[key].version}`;
  const rootRef = `${pkg.name}@${pkg.version}`;
  const scope = new Map(); // lockfile key → "required" | "optional"
  const edges = new Map(); // bom-ref → Set of bom-refs
  const queue = [];

  const visit = (fromKey, fromRef, name, optional) => {
    const key = resolveIn(packages, fromKey, name);
    if (!key) {
      if (optional) return; // a platform package that is not in the lockfile for this platform
      throw new Error(`${name} (needed by ${fromRef}) is not in package-lock.json`);
    }
    if (!edges.has(fromRef)) edges.set(fromRef, new Set());
    edges.get(fromRef).add(ref(key));
    const before = scope.get(key);
    const now = optional ? "optional" : "required";
    if (before === "required" || before === now) return;
    scope.set(key, now);
    queue.push([key, optional]);
  };

  for (const name of Object.keys(pkg.dependencies ?? {})) visit("", rootRef, name, false);
  for (const name of Object.keys(pkg.optionalDependencies ?? {})) visit("", rootRef, name, true);
  while (queue.length) {
    const [key, optional] = queue.shift();
    if (scope.get(key) === "required" && optional) continue; // upgraded after queueing; its own pass follows
    // A workspace link's dependencies live on its target entry.
    const from = packages[key].link ? packages[key].resolved : key;
    const entry = packages[from] ?? packages[key];
    const fromRef = ref(key);
    for (const name of Object.keys(entry.dependencies ?? {})) visit(from, fromRef, name, optional);
    for (const name of Object.keys(entry.optionalDependencies ?? {})) visit(from, fromRef, name, true);
    for (const name of Object.keys(entry.peerDependencies ?? {})) {
      if (entry.peerDependenciesMeta?.[name]?.optional) continue; // only installed for dev tools here
      visit(from, fromRef, name, optional);
    }
  }

  const components = [...scope.entries()]
    .map(([key, s]) => {
      const e = packages[key];
      const name = nameOf(key, e);
      return {
        "bom-ref": `${name}@${e.version}`,
        type: "library",
        name,
        version: e.version,
        scope: s,
        purl: purl(name, e.version),
        ...(hashes(e.integrity).length ? { hashes: hashes(e.integrity) } : {}),
        ...(licenses(e.license).length ? { licenses: licenses(e.license) } : {}),
      };
    })
    // The same name@version nested in two places is one component.
    .filter((c, i, all) => all.findIndex((d) => d["bom-ref"] === c["bom-ref"]) === i)
    .sort((a, b) => a["bom-ref"].localeCompare(b["bom-ref"]));

  return {
    $schema: "http://cyclonedx.org/schema/bom-1.5.schema.json",
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    serialNumber: `urn:uuid:${serial}`,
    version: 1,
    metadata: {
      timestamp,
      lifecycles: [{ phase: "build" }],
      tools: [{ vendor: "si-dilan", name: "scripts/sbom.mjs", version: pkg.version }],
      component: {
        "bom-ref": rootRef,
        type: "application",
        name: pkg.name,
        version: pkg.version,
        description: pkg.description,
        purl: purl(pkg.name, pkg.version),
      },
    },
    components,
    dependencies: [...edges.entries()]
      .map(([r, to]) => ({ ref: r, dependsOn: [...to].sort() }))
      .sort((a, b) => a.ref.localeCompare(b.ref)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--out");
  const out = resolve(i > -1 ? process.argv[i + 1] : resolve(root, "sbom/sidilan.cdx.json"));
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
  const lock = JSON.parse(readFileSync(resolve(root, "package-lock.json"), "utf8"));
  const bom = buildSbom(pkg, lock);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(bom, null, 2)}\n`);
  console.log(`${out} (${bom.components.length} components)`);
}
