import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const LOCK_NAME = "sidilan.lock";

function lockPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, "")}/${LOCK_NAME}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of another live process holding the PGlite folder, if any. */
export function lockHolder(dataDir: string): number | undefined {
  const file = lockPath(dataDir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid === process.pid || !alive(pid)) return undefined;
  return pid;
}

/**
 * Take the PGlite folder for this process. PGlite itself does not lock: a second process would
 * silently lose writes, so we refuse instead.
 */
export function acquireLock(dataDir: string): void {
  const holder = lockHolder(dataDir);
  if (holder) {
    throw new Error(
      `Folder basis data ${dataDir} sedang dipakai proses lain (pid ${holder}). Hentikan server (npm run dev/start) lebih dulu.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockPath(dataDir), String(process.pid));
  const release = () => releaseLock(dataDir);
  process.once("exit", release);
}

/** Release the folder if this process holds it. */
export function releaseLock(dataDir: string): void {
  const file = lockPath(dataDir);
  try {
    if (existsSync(file) && Number(readFileSync(file, "utf8").trim()) === process.pid) rmSync(file);
  } catch {
    // best effort on exit
  }
}
