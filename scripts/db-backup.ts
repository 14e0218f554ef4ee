/* npm run db:backup — timestamped backup into BACKUP_DIR (default ./backups): pg_dump custom format, or a PGlite data-directory dump. */
import nextEnv from "@next/env";
import { env } from "@/lib/env";
import { backupPglite, backupPostgres } from "@/lib/ops/backup";

nextEnv.loadEnvConfig(process.cwd());
const dir = process.env.BACKUP_DIR || "backups";
const e = env();
const file = e.DATABASE_URL ? await backupPostgres(e.DATABASE_URL, dir) : await backupPglite(e.PGLITE_DIR, dir);
console.log(`Cadangan tersimpan: ${file}`);
