import "server-only";
import { inArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db";
import { users } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { diffLines, versionPair, type DiffOp } from "@/lib/minutes/diff";
import { NATURE_LABELS } from "@/lib/letters/constants";
import { listVersions, loadLetter } from "./drafts";
import type { LetterParty } from "@/lib/db/schema/epaper";

type Content = Record<string, unknown>;

const parties = (v: unknown) =>
  Array.isArray(v) ? (v as LetterParty[]).map((p, i) => `  ${i + 1}. ${p.name}${p.email ? ` <${p.email}>` : ""}`) : [];

/** A saved version as the lines a reader compares: the letter's fields in the order they are printed. */
export function versionLines(c: Content): string[] {
  const nature =
    typeof c.nature === "string" ? (NATURE_LABELS[c.nature as keyof typeof NATURE_LABELS] ?? c.nature) : "";
  return [
    `Klasifikasi: ${String(c.classificationCode ?? "")}`,
    `Sifat: ${nature}`,
    `Lampiran: ${String(c.attachmentsNote ?? "-")}`,
    `Hal: ${String(c.subject ?? "")}`,
    `Penanda tangan: ${String(c.signerPosition ?? "")}`,
    "Tujuan:",
    ...parties(c.recipients),
    "Isi:",
    ...String(c.body ?? "").split("\n"),
    "Tembusan:",
    ...parties(c.copies),
  ];
}

/**
 * The version history of a letter draft with the difference between two versions (by revision), for
 * whoever may read the letter. Without a choice: the latest version against the one before it.
 */
export async function letterVersionsView(
  actor: Actor | null,
  id: string,
  q: { dari?: string; ke?: string },
  tx: Db = defaultDb,
) {
  const versions = await listVersions(actor, id, tx);
  const letter = await loadLetter(actor as Actor, id, {}, tx);
  const names = new Map(
    versions.length
      ? (
          await tx
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(inArray(users.id, [...new Set(versions.map((v) => v.savedBy))]))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const latest = versions[0]?.revision ?? 0;
  const { from, to } = versionPair(latest, q);
  const byRev = new Map(versions.map((v) => [v.revision, v.content]));
  const diff: DiffOp[] =
    versions.length > 0 ? diffLines(versionLines(byRev.get(from) ?? {}), versionLines(byRev.get(to) ?? {})) : [];
  return {
    letter: { id: letter.id, subject: letter.subject },
    versions: versions.map((v) => ({ revision: v.revision, savedAt: v.savedAt, author: names.get(v.savedBy) ?? null })),
    latest,
    from,
    to,
    diff,
  };
}
