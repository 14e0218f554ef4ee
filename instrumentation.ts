/** Next.js start-up hook: open the database, migrate, seed and start the outbox worker (Node only). */
export async function register() {
  // The one exception to "process.env only in lib/env.ts": Next.js replaces NEXT_RUNTIME at compile
  // time so the Edge build drops the Node-only import below; importing lib/env here would defeat that.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./lib/boot");
    boot();
  }
}
