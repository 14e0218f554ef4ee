/* npm run db:restore FILE — restore a backup into an EMPTY database (DATABASE_URL) or an empty PGLITE_DIR. */
import nextEnv from "@next/env";
import { env } from "@/lib/env";
import { restorePglite, restorePostgres } from "@/lib/ops/backup";

nextEnv.loadEnvConfig(process.cwd());
const file = process.argv[2];
if (!file) {
  console.error("Pemakaian: npm run db:restore -- <berkas cadangan>");
  process.exit(2);
}
const e = env();
if (file.endsWith(".pglite.tar.gz")) {
  if (e.DATABASE_URL)
    throw new Error(
      "Cadangan PGlite dipulihkan ke folder PGlite; untuk pindah ke PostgreSQL gunakan npm run db:transfer.",
    );
  await restorePglite(file, e.PGLITE_DIR);
} else {
  if (!e.DATABASE_URL) throw new Error("Cadangan pg_dump memerlukan DATABASE_URL ke basis data PostgreSQL kosong.");
  await restorePostgres(e.DATABASE_URL, file);
}
console.log(`Dipulihkan dari ${file}.`);
