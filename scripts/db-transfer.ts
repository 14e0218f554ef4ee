/* npm run db:transfer — copy the embedded PGlite database (PGLITE_DIR) into an empty PostgreSQL database (DATABASE_URL). */
import nextEnv from "@next/env";
import { lockHolder } from "@/lib/db/lock";
import { env } from "@/lib/env";
import { transferPgliteToPostgres } from "@/lib/ops/transfer";

nextEnv.loadEnvConfig(process.cwd());
const e = env();
if (!e.DATABASE_URL) throw new Error("Setel DATABASE_URL ke basis data PostgreSQL kosong tujuan pemindahan.");
const holder = lockHolder(e.PGLITE_DIR);
if (holder) throw new Error(`Folder ${e.PGLITE_DIR} sedang dipakai server (pid ${holder}). Hentikan server dulu.`);
const counts = await transferPgliteToPostgres(e.PGLITE_DIR, e.DATABASE_URL);
for (const [table, n] of Object.entries(counts)) console.log(`${table.padEnd(32)} ${n}`);
console.log("Pemindahan selesai. Jalankan aplikasi dengan DATABASE_URL yang sama.");
