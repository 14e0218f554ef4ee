// `npm run build` runs this after `next build` (postbuild): every script and stylesheet of the build gets a
// Brotli copy next to it (`chunk.js.br`, quality 11), which scripts/static-br.mjs answers to browsers that
// accept br. Next compresses its static files with gzip on every request; Brotli at its highest quality is
// too slow for that but fine once per build, and is ~17 % smaller on the framework chunks every page loads.
// Usage: node scripts/precompress.mjs [dir]   (default .next/static)
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const COMPRESSIBLE = /\.(js|css)$/;

/** Write `<file>.br` for every compressible file under `dir` that Brotli makes smaller; returns the totals. */
export async function precompress(dir) {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    const file = join(dir, entry);
    if (!COMPRESSIBLE.test(file) || !(await stat(file)).isFile()) continue;
    const body = await readFile(file);
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    if (br.length >= body.length) continue;
    await writeFile(`${file}.br`, br);
    files += 1;
    before += body.length;
    after += br.length;
  }
  return { files, before, after };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? join(process.cwd(), ".next", "static");
  const { files, before, after } = await precompress(dir);
  console.log(`[precompress] ${files} berkas: ${Math.round(before / 1024)} KiB → ${Math.round(after / 1024)} KiB (br)`);
}
