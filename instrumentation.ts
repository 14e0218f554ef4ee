/** Next.js start-up hook: open the database, migrate, seed and start the outbox worker (Node only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./lib/boot");
    boot();
  }
}
