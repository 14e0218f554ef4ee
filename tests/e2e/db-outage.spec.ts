import { expect, test } from "@playwright/test";
import { startTcpProxy } from "../helpers/tcp-proxy";
import { DEMO_PASSWORD } from "./helpers";
import { freshDatabase, sharedSecrets, startInstance, type Instance } from "./instances";

/**
 * A second `next start` on PostgreSQL behind a TCP proxy: take the database away, see the Indonesian
 * outage page and a 503 from /api/health while the process keeps running, then bring it back.
 */
test.describe("database outage", () => {
  test.setTimeout(180_000);
  let instance: Instance | undefined;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>> | undefined;
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;

  test.afterAll(async () => {
    await instance?.stop();
    await proxy?.close();
    await db?.drop();
  });

  test("pages say 'layanan sedang gangguan', health answers 503, and the app recovers", async ({ browser }) => {
    db = await freshDatabase("sidilan_outage");
    const target = new URL(db.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    target.port = String(proxy.port);
    instance = await startInstance(Number(process.env.E2E_PORT || 3200) + 50, {
      ...sharedSecrets(),
      DATABASE_URL: target.toString(),
      SEED_DEMO: "1",
      OUTBOX_WORKER: "off",
    });
    const base = instance.base;

    const ctx = await browser.newContext({ baseURL: base, storageState: { cookies: [], origins: [] } });
    const page = await ctx.newPage();
    await page.goto("/masuk");
    await page.getByLabel("Email").fill("anggota.dapil1@sidilan.test");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/portal/);

    await proxy.down();
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", db: "error" });
    await page.goto("/portal");
    await expect(page.getByRole("heading", { name: /layanan sedang gangguan/i })).toBeVisible();

    await proxy.up();
    await expect.poll(async () => (await fetch(`${base}/api/health`)).status, { timeout: 30_000 }).toBe(200);
    await page.goto("/portal");
    await expect(page.getByRole("heading", { name: /Selamat datang/ })).toBeVisible();
    expect(instance.child.exitCode).toBeNull();
    await ctx.close();
  });
});
