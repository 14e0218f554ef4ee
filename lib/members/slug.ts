import { slugify } from "@/lib/seed/reference";

/**
 * Stable profile slugs from member names: the slug of the name, and for a name that repeats, `-2`,
 * `-3`… in the order the accounts were created (earliest keeps the plain slug). Pure.
 */
export function assignSlugs<T extends { id: string; name: string; createdAt: Date | string }>(
  rows: T[],
): Map<string, string> {
  const ordered = [...rows].sort(
    (a, b) =>
      new Date(a.createdAt).toISOString().localeCompare(new Date(b.createdAt).toISOString()) ||
      a.id.localeCompare(b.id),
  );
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const r of ordered) {
    const base = slugify(r.name) || "anggota";
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    out.set(r.id, slug);
  }
  return out;
}
