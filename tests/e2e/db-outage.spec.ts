import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { localPgUrl, startTcpProxy } from "../helpers/tcp-proxy";
import { DEMO_PASSWORD } from "./helpers";

/**
 * A second `next start` on PostgreSQL behind a TCP proxy: take the database away, see the Indonesian
 * outage page and a 503 from /api/health while the process keeps running, then bring it back.
 */
test.describe("database outage", () => {
  test.setTimeout(180_000);
  let child: ChildProcess | undefined;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>> | undefined;
  const dbName = `sidilan_outage_${randomBytes(4).toString("hex")}`;
  const admin = new URL(localPgUrl());
  admin.pathname = "/postgres";

  test.afterAll(async () => {
    child?.kill("SIGTERM");
    await proxy?.close();
    const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists "${dbName}" with (force)`);
    await sql.end();
  });

  test("pages say 'layanan sedang gangguan', health answers 503, and the app recovers", async ({ browser }) => {
    const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
    await sql.unsafe(`create database "${dbName}"`);
    await sql.end();
    proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    const url = new URL(admin);
    url.pathname = `/${dbName}`;
    url.port = String(proxy.port);
    const port = Number(process.env.E2E_PORT || 3200) + 50;
    const base = `http://127.0.0.1:${port}`;
    child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url.toString(), AUTH_SECRET: randomBytes(33).toString("base64"), SEED_DEMO: "1", OUTBOX_WORKER: "off" },
      stdio: "ignore",
    });
    await expect.poll(async () => (await fetch(`${base}/api/ready`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);

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
    expect(child.exitCode).toBeNull();
    await ctx.close();
  });
});
