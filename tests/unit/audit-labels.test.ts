import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "@/lib/audit/labels";
import { PERMISSIONS } from "@/lib/auth/permissions";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Every audit action key the code writes as a string literal (`action: "…"`, and both sides of a ternary). */
function writtenKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of [...sources("lib"), ...sources("app")]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\baction:\s*([^\n]*)/g)) {
      const expr = m[1].split(/,\s*(?:entityType|entityId|outcome|detail|actorLabel|ipHash)\b/)[0];
      for (const lit of expr.matchAll(/"([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)"/g)) keys.add(lit[1]);
    }
  }
  // Keys passed through a variable (the reference admin writes `"reference.<thing>.<verb>"` literals).
  for (const file of sources("lib/reference"))
    for (const m of readFileSync(file, "utf8").matchAll(/"(reference\.[a-z]+\.[a-z]+)"/g)) keys.add(m[1]);
  return keys;
}

describe("audit log labels", () => {
  it("every action key written by the code has an Indonesian label", () => {
    const keys = writtenKeys();
    expect(keys.size).toBeGreaterThan(60);
    const missing = [...keys].filter((k) => !AUDIT_ACTION_LABELS[k]);
    expect(missing).toEqual([]);
  });

  it("labels the keys built at run time: aspiration events, correction decisions, signer roles, refusals", () => {
    for (const kind of [
      "edit",
      "forward_request",
      "merge",
      "rating",
      "redirect",
      "reject",
      "reopen",
      "status",
      "submitted",
      "update",
      "verify",
    ]) {
      expect(AUDIT_ACTION_LABELS[`aspiration.${kind}`], kind).toBeTruthy();
    }
    for (const k of [
      "minutes.correction.diterima",
      "minutes.correction.ditolak",
      "minutes.sign.ketua",
      "minutes.sign.sekretaris",
    ])
      expect(AUDIT_ACTION_LABELS[k], k).toBeTruthy();
    expect(auditActionLabel("authz.denied:letter.read")).toBe("Akses ditolak ke surat");
    expect(auditActionLabel("authz.denied:letter.incoming.register")).toBe("Akses ditolak: mencatat surat masuk");
    // Every permission of the table gets an Indonesian refusal label, never the raw key.
    for (const p of Object.keys(PERMISSIONS))
      expect(auditActionLabel(`authz.denied:${p}`), p).not.toMatch(/[a-z]\.[a-z]/i);
    expect(auditActionLabel("letter.incoming.register")).toBe("Mencatat surat masuk");
  });
});
