// Whether this process has finished its start-up (migrations, reference data). A plain module, kept on
// globalThis, so the Next app (lib/boot.ts, /api/ready) and the production server (scripts/server.mjs,
// scripts/boot-gate.mjs) read the same state in the same process.

/** What a visitor is told while the server starts (pages, the API and /api/ready). */
export const PUBLIC_STARTING = "Layanan sedang dimulai.";

/** This process's start-up state (created on first use). */
export function bootState() {
  globalThis.__sidilanBoot ??= { ready: false };
  return globalThis.__sidilanBoot;
}
