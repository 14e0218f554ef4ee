/*
 * npm run user:import -- FILE.csv [--apply]
 *
 * Import members and staff from a CSV file (columns: docs/contoh-impor-pengguna.csv). Without
 * --apply it is a dry run: each line is shown as create / update / unchanged / error and nothing
 * is written. With --apply every line is applied in one transaction (one bad line and nothing is
 * written), and each new user gets a one-time set-password link by e-mail through the outbox.
 * The import is recorded in the audit log under the first active administrator's account, or the
 * one given with --as EMAIL. Refused while a running server holds the PGlite folder.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { and, asc, eq, sql } from "drizzle-orm";
import { loadActor } from "@/lib/auth/actor";
import { openConfiguredDb } from "@/lib/db";
import { runMigrations } from "@/lib/db/migrate";
import { users } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { applyUserImport, planUserImport, type ImportPlan } from "@/lib/users/import";

nextEnv.loadEnvConfig(process.cwd());

const USAGE = "Pemakaian: npm run user:import -- BERKAS.csv [--apply] [--as EMAIL_ADMIN]";
let parsed: ReturnType<
  typeof parseArgs<{ options: { apply: { type: "boolean" }; as: { type: "string" } }; allowPositionals: true }>
>;
try {
  parsed = parseArgs({ options: { apply: { type: "boolean" }, as: { type: "string" } }, allowPositionals: true });
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const file = parsed.positionals[0];
if (!file) {
  console.error(USAGE);
  process.exit(2);
}

const LABEL: Record<string, string> = { create: "BARU", update: "UBAH", unchanged: "TETAP", error: "GALAT" };
function print(plan: ImportPlan) {
  for (const l of plan.lines) {
    console.log(
      `baris ${String(l.line).padStart(4)}  ${LABEL[l.action].padEnd(5)}  ${l.email || "-"}  ${l.name}${l.notes.length ? `  — ${l.notes.join("; ")}` : ""}`,
    );
  }
  const c = plan.counts;
  console.log(`\nBaru: ${c.create}, diubah: ${c.update}, tetap: ${c.unchanged}, galat: ${c.error}.`);
}

const handle = openConfiguredDb();
let code = 0;
try {
  await runMigrations(handle);
  const text = readFileSync(file, "utf8");
  const who = parsed.values.as?.toLowerCase();
  const [admin] = await handle.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.role, "admin"), eq(users.isActive, true), who ? sql`lower(${users.email}) = ${who}` : undefined),
    )
    .orderBy(asc(users.createdAt))
    .limit(1);
  if (!admin) throw new Error("Belum ada administrator aktif. Buat dulu dengan: npm run user:create -- --role admin …");
  // The terminal is the authority here: act as the admin for the audit trail, without a second factor check.
  const actor = await loadActor(admin.id, undefined, undefined, handle.db);
  if (!actor) throw new Error("Administrator tidak aktif.");
  const asOperator = { ...actor, totpEnabled: true };
  const plan = await planUserImport(asOperator, text, handle.db);
  print(plan);
  if (plan.counts.error) {
    code = 1;
    console.log("Perbaiki baris GALAT lalu ulangi. Tidak ada yang disimpan.");
  } else if (parsed.values.apply) {
    const applied = await applyUserImport(asOperator, text, handle.db);
    console.log(
      `Diterapkan dalam satu transaksi. ${applied.counts.create} tautan atur kata sandi masuk antrean email.`,
    );
  } else console.log("Uji coba: tidak ada yang disimpan. Jalankan lagi dengan --apply untuk menerapkan.");
} catch (e) {
  code = 1;
  console.error(isAppError(e) || e instanceof Error ? e.message : String(e));
} finally {
  await handle.close();
}
process.exit(code);
