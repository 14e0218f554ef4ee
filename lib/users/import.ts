import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { requirePermission } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { dapil, fraksi, komisi, users } from "@/lib/db/schema";
import { db, type Db } from "@/lib/db";
import { errors } from "@/lib/errors";
import { enqueueMessage } from "@/lib/outbox/service";
import { issuePasswordSetupToken, passwordSetupLink, SETUP_TOKEN_TTL_HOURS, unusablePassword } from "./password-setup";
import { createUserSchema } from "./schema";
import { insertUser } from "./service";
import { fieldErrorsOf } from "@/lib/validation";

/** Largest CSV accepted (the 45 members and the staff fit in a few kilobytes). */
export const IMPORT_MAX_BYTES = 512 * 1024;
export const IMPORT_MAX_ROWS = 2000;

/**
 * Parse CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). Strips a
 * UTF-8 BOM and accepts the semicolon-separated files Excel writes in Indonesian locales.
 */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === sep) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

/** CSV columns (header names, case-insensitive) → user fields. See docs/contoh-impor-pengguna.csv. */
const COLUMNS = {
  peran: "role",
  nama: "name",
  email: "email",
  jabatan: "position",
  bagian: "unit",
  dapil: "dapil",
  komisi: "komisi",
  fraksi: "fraksi",
  nip: "nip",
  telepon: "phone",
} as const;
const FIELD_LABELS: Record<string, string> = {
  role: "peran",
  name: "nama",
  email: "email",
  position: "jabatan",
  unit: "bagian",
  dapilId: "dapil",
  komisiId: "komisi",
  fraksiId: "fraksi",
  nip: "nip",
  phone: "telepon",
};
const ROLE_WORDS: Record<string, "member" | "staff" | "admin"> = {
  anggota: "member",
  member: "member",
  staf: "staff",
  staff: "staff",
  admin: "admin",
  administrator: "admin",
};

export type ImportAction = "create" | "update" | "unchanged" | "error";
export interface ImportLine {
  line: number;
  email: string;
  name: string;
  role: string;
  action: ImportAction;
  /** Changed fields for "update", the problems for "error". */
  notes: string[];
}
export interface ImportPlan {
  lines: ImportLine[];
  counts: Record<ImportAction, number>;
}

type Refs = {
  dapil: { id: number; number: number; name: string }[];
  komisi: { id: number; name: string }[];
  fraksi: { id: number; name: string }[];
};

async function loadRefs(db: Db): Promise<Refs> {
  const [d, k, f] = await Promise.all([
    db.select({ id: dapil.id, number: dapil.number, name: dapil.name }).from(dapil),
    db.select({ id: komisi.id, name: komisi.name }).from(komisi).where(eq(komisi.isActive, true)),
    db.select({ id: fraksi.id, name: fraksi.name }).from(fraksi).where(eq(fraksi.isActive, true)),
  ]);
  return { dapil: d, komisi: k, fraksi: f };
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** Resolve a dapil / komisi / fraksi written by number or by name ("3", "Dapil 3", "Komisi II", "Fraksi PKS" or "PKS"). */
export function resolveRef(kind: keyof Refs, value: string, refs: Refs): number | undefined | null {
  const v = norm(value);
  if (!v) return undefined;
  if (kind === "dapil") {
    const n = v.match(/^(?:dapil\s*)?(\d+)$/)?.[1];
    const hit = refs.dapil.find((d) => (n ? d.number === Number(n) : norm(d.name) === v));
    return hit ? hit.id : null;
  }
  const list = refs[kind];
  const prefix = kind === "komisi" ? "komisi " : "fraksi ";
  const hit = list.find((r) => norm(r.name) === v || norm(r.name) === prefix + v);
  return hit ? hit.id : null;
}

type Candidate = z.output<typeof createUserSchema>;

/** Turn raw CSV cells into the create-user input, reusing its zod schema; returns the problems in Indonesian. */
export function rowToInput(
  cells: Record<string, string>,
  refs: Refs,
): { data?: Omit<Candidate, "password">; problems: string[] } {
  const problems: string[] = [];
  const role = ROLE_WORDS[norm(cells.role ?? "")];
  if (!role) problems.push("peran: isi anggota, staf, atau admin.");
  const ids: Record<string, number | undefined> = {};
  for (const kind of ["dapil", "komisi", "fraksi"] as const) {
    const r = resolveRef(kind, cells[kind] ?? "", refs);
    if (r === null) problems.push(`${kind}: "${cells[kind]}" tidak dikenal.`);
    else if (role === "member") ids[`${kind}Id`] = r;
    else if (r !== undefined) problems.push(`${kind}: hanya untuk anggota DPRD.`);
  }
  const parsed = createUserSchema.safeParse({
    name: cells.name ?? "",
    email: cells.email ?? "",
    role: role ?? "staff",
    position: cells.position ?? "",
    unit: cells.unit ?? "",
    nip: cells.nip ?? "",
    phone: cells.phone ?? "",
    ...Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v === undefined ? "" : String(v)])),
    password: "x".repeat(20),
  });
  if (!parsed.success) {
    for (const [field, msgs] of Object.entries(fieldErrorsOf(parsed.error))) {
      for (const m of msgs) problems.push(`${FIELD_LABELS[field] ?? field}: ${m}`);
    }
  }
  if (problems.length || !parsed.success) return { problems };
  const { password: _unused, ...data } = parsed.data;
  void _unused;
  return { data, problems };
}

const COMPARED = ["name", "role", "position", "unit", "nip", "phone", "dapilId", "komisiId", "fraksiId"] as const;

interface Planned {
  plan: ImportPlan;
  creates: Omit<Candidate, "password">[];
  updates: { id: string; data: Omit<Candidate, "password">; changed: string[] }[];
}

async function buildPlan(db: Db, me: Actor, text: string): Promise<Planned> {
  if (text.length > IMPORT_MAX_BYTES) throw errors.badRequest("Berkas CSV terlalu besar (maksimal 512 KB).");
  const rows = parseCsv(text);
  if (rows.length < 2)
    throw errors.badRequest("Berkas CSV kosong: baris pertama berisi judul kolom, data mulai baris kedua.");
  if (rows.length - 1 > IMPORT_MAX_ROWS)
    throw errors.badRequest(`Berkas CSV terlalu panjang (maksimal ${IMPORT_MAX_ROWS} baris).`);
  const header = rows[0].map((h) => norm(h));
  const fieldAt = header.map((h) => (COLUMNS as Record<string, string>)[h]);
  for (const need of ["peran", "nama", "email"]) {
    if (!header.includes(need))
      throw errors.badRequest(
        `Kolom "${need}" tidak ada di baris judul. Kolom yang dikenal: ${Object.keys(COLUMNS).join(", ")}.`,
      );
  }
  const refs = await loadRefs(db);
  const existing = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      position: users.position,
      unit: users.unit,
      nip: users.nip,
      phone: users.phone,
      dapilId: users.dapilId,
      komisiId: users.komisiId,
      fraksiId: users.fraksiId,
    })
    .from(users);
  const byEmail = new Map(existing.map((u) => [u.email.toLowerCase(), u]));
  const seen = new Set<string>();
  const lines: ImportLine[] = [];
  const creates: Planned["creates"] = [];
  const updates: Planned["updates"] = [];
  rows.slice(1).forEach((cellsRaw, i) => {
    const cells: Record<string, string> = {};
    cellsRaw.forEach((v, j) => {
      if (fieldAt[j]) cells[fieldAt[j]] = v.trim();
    });
    const line = i + 2;
    const { data, problems } = rowToInput(cells, refs);
    const base = { line, email: (cells.email ?? "").toLowerCase(), name: cells.name ?? "", role: cells.role ?? "" };
    if (data && seen.has(data.email)) problems.push("email: muncul lebih dari sekali di berkas ini.");
    if (!data || problems.length) return lines.push({ ...base, action: "error", notes: problems });
    seen.add(data.email);
    const cur = byEmail.get(data.email);
    if (!cur) {
      creates.push(data);
      return lines.push({ ...base, action: "create", notes: [] });
    }
    if (cur.id === me.id && data.role !== "admin")
      return lines.push({
        ...base,
        action: "error",
        notes: ["peran: Anda tidak dapat menurunkan peran akun Anda sendiri."],
      });
    const memberless = data.role === "member" ? {} : { dapilId: undefined, komisiId: undefined, fraksiId: undefined };
    const next = { ...data, ...memberless } as Record<string, unknown>;
    const changed = COMPARED.filter((k) => (next[k] ?? null) !== (cur[k] ?? null)).map((k) => FIELD_LABELS[k] ?? k);
    if (changed.length === 0) return lines.push({ ...base, action: "unchanged", notes: [] });
    updates.push({ id: cur.id, data, changed });
    return lines.push({ ...base, action: "update", notes: changed });
  });
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 } as Record<ImportAction, number>;
  for (const l of lines) counts[l.action]++;
  return { plan: { lines, counts }, creates, updates };
}

/** Dry run: what an import would create, update or leave unchanged, and the errors per line. Writes nothing. */
export async function planUserImport(actor: Actor | null, text: string, tx: Db = db): Promise<ImportPlan> {
  const me = await requirePermission(actor, "users.manage", tx);
  return (await buildPlan(tx, me, text)).plan;
}

function welcomeMail(name: string, link: string) {
  return {
    subject: "Akun Si Dilan Anda — atur kata sandi",
    body:
      `Yth. ${name},\n\nSekretariat DPRD Kota Balikpapan telah membuatkan akun Si Dilan untuk Anda. ` +
      `Buka tautan berikut untuk mengatur kata sandi (berlaku ${SETUP_TOKEN_TTL_HOURS} jam, hanya sekali pakai):\n\n${link}\n\n` +
      `Jika Anda tidak merasa memerlukan akun ini, abaikan email ini.`,
  };
}

/**
 * Apply an import in one transaction: every line must be valid (one bad line and nothing is
 * written). Each new user gets a one-time set-password link queued in the outbox, in the same
 * transaction.
 */
export async function applyUserImport(actor: Actor | null, text: string, tx: Db = db): Promise<ImportPlan> {
  const me = await requirePermission(actor, "users.manage", tx);
  const unusableHash = await hashPassword(unusablePassword());
  return tx.transaction(async (tx) => {
    const { plan, creates, updates } = await buildPlan(tx, me, text);
    if (plan.counts.error > 0)
      throw errors.badRequest(
        `Impor dibatalkan: ${plan.counts.error} baris bermasalah. Perbaiki berkasnya lalu ulangi; tidak ada data yang disimpan.`,
      );
    for (const data of creates) {
      const id = await insertUser(data, unusableHash, { actor: me, via: "import" }, tx);
      const link = passwordSetupLink(await issuePasswordSetupToken(id, undefined, tx));
      await enqueueMessage(
        {
          channel: "email",
          recipient: data.email,
          ...welcomeMail(data.name, link),
          relatedType: "user",
          relatedId: id,
        },
        tx,
      );
    }
    for (const u of updates) {
      const d = u.data;
      const isMember = d.role === "member";
      await tx
        .update(users)
        .set({
          name: d.name,
          role: d.role,
          position: d.position ?? null,
          unit: d.unit ?? null,
          nip: d.nip ?? null,
          phone: d.phone ?? null,
          dapilId: isMember ? (d.dapilId ?? null) : null,
          komisiId: isMember ? (d.komisiId ?? null) : null,
          fraksiId: isMember ? (d.fraksiId ?? null) : null,
          updatedAt: new Date(),
        })
        .where(eq(users.id, u.id));
      await writeAudit(
        {
          actor: me,
          action: "user.update",
          entityType: "user",
          entityId: u.id,
          detail: { via: "import", fields: u.changed },
        },
        tx,
      );
    }
    await writeAudit({ actor: me, action: "user.import", entityType: "user", detail: { ...plan.counts } }, tx);
    return plan;
  });
}

/** Resolve --dapil / --komisi / --fraksi given on the command line to ids (by number or name). */
export async function resolveMemberRefs(
  v: { dapil?: string; komisi?: string; fraksi?: string },
  tx: Db = db,
): Promise<Record<string, string>> {
  const refs = await loadRefs(tx);
  const out: Record<string, string> = {};
  const bad: Record<string, string[]> = {};
  for (const kind of ["dapil", "komisi", "fraksi"] as const) {
    const r = resolveRef(kind, v[kind] ?? "", refs);
    if (r === null)
      bad[`${kind}Id`] = [
        `${kind} "${v[kind]}" tidak dikenal. Pilihan: ${refs[kind].map((x) => ("number" in x ? `${x.number} (${x.name})` : x.name)).join(", ")}`,
      ];
    else if (r !== undefined) out[`${kind}Id`] = String(r);
  }
  if (Object.keys(bad).length) throw errors.validation(bad);
  return out;
}
