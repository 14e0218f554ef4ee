import { expect, test, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "otplib";
import postgres from "postgres";
import { DEMO_PASSWORD, login } from "./helpers";
import { freshDatabase } from "./instances";

/**
 * README "Production", steps 1–7, as a new operator follows them on a fresh PostgreSQL database:
 * the environment file is deploy/sidilan.env.example with its CHANGE-ME values filled in and loaded
 * with `set -a; . FILE; set +a` exactly as the README says; `npm start` (with its prestart check),
 * `npm run user:create` for the first administrator, `npm run user:import` with
 * docs/contoh-impor-pengguna.csv; then a citizen's aspiration goes from the public API through the
 * imported staff member to the imported member of dapil 1, whose answer the citizen sees.
 */
test.describe("production install from the README", () => {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(300_000);
  test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });
  const port = Number(process.env.E2E_PORT || 3200) + 70;
  const base = `http://127.0.0.1:${port}`;
  const fresh = { storageState: { cookies: [], origins: [] }, baseURL: base };
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let dir: string;
  let envFile: string;
  let server: ChildProcess | undefined;
  let sql: ReturnType<typeof postgres>;
  let code = "";
  const adminEmail = "admin@dprd-balikpapan.example";
  const adminPassword = "kopi pagi di klandasan";
  const member = { email: "siti.contoh@dprd-balikpapan.example", password: "rapat dengar pendapat" };
  const staff = { email: "rina.contoh@dprd-balikpapan.example", password: "agenda surat masuk" };

  /** Run a command the way the README does: in bash, after `set -a; . ENV; set +a`, with a bare environment. */
  function shell(cmd: string, detached = false): ChildProcess {
    return spawn("bash", ["-c", `set -a; . '${envFile}'; set +a; exec ${cmd}`], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? tmpdir() } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
      detached,
    });
  }

  async function run(cmd: string): Promise<{ code: number; out: string }> {
    const child = shell(cmd);
    let out = "";
    child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
    const exit = await new Promise<number>((r) => child.once("exit", (c) => r(c ?? -1)));
    return { code: exit, out };
  }

  async function setPassword(page: Page, link: string, password: string) {
    await page.goto(link);
    await page.getByLabel("Kata sandi baru").fill(password);
    await page.getByLabel("Ulangi kata sandi").fill(password);
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await expect(page).toHaveURL(/\/masuk\?sandi=diatur/);
  }

  /** The set-password link queued for `email` by the import (outbox, same transaction). */
  async function outboxLink(email: string): Promise<string> {
    const rows = await sql<
      { body: string }[]
    >`select body from outbox_messages where recipient = ${email} and body like '%/masuk/atur-sandi?token=%'`;
    expect(rows, `one set-password message for ${email}`).toHaveLength(1);
    const m = /(https?:\/\/\S+\/masuk\/atur-sandi\?token=[^\s"<>]+)/.exec(rows[0].body);
    expect(m, rows[0].body).not.toBeNull();
    return m![1];
  }

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // Step 1: an empty database (one role here: MIGRATION_DATABASE_URL empty, as the example allows).
    db = await freshDatabase("sidilan_prodinst");
    sql = postgres(db.url, { max: 1, onnotice: () => {} });
    // Step 2: the example environment file with every CHANGE-ME replaced.
    const secret = (n: number) => randomBytes(n).toString("base64");
    const set: Record<string, string> = {
      DATABASE_URL: db.url,
      MIGRATION_DATABASE_URL: "",
      AUTH_SECRET: secret(33),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secret(32),
      DATA_ENCRYPTION_KEY: secret(33),
      SIGNING_KEY: secret(33),
      IP_HASH_SALT: secret(33),
      APP_URL: base,
      // Nothing listens there: the outbox keeps retrying, the links are read from the outbox table.
      SMTP_URL: `smtp://127.0.0.1:${port + 1}`,
      // The API is called without a browser to solve ALTCHA.
      PUBLIC_CHALLENGE: "off",
    };
    const example = readFileSync("deploy/sidilan.env.example", "utf8");
    const lines = example.split("\n").map((l) => {
      const key = /^([A-Z0-9_]+)=/.exec(l)?.[1];
      return key && key in set ? `${key}=${set[key]}` : l;
    });
    expect(lines.join("\n"), "every CHANGE-ME of the example is replaced").not.toMatch(/CHANGE-ME/);
    dir = mkdtempSync(join(tmpdir(), "sidilan-prodinst-"));
    envFile = join(dir, "sidilan.env");
    writeFileSync(envFile, lines.join("\n"));

    // Step 3: npm start (prestart checks the configuration; migrations and reference data at start).
    server = shell(`npm start -- -p ${port} -H 127.0.0.1`, true);
    let log = "";
    server.stdout!.on("data", (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
    server.stderr!.on("data", (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
    const deadline = Date.now() + 180_000;
    for (;;) {
      const status = await fetch(`${base}/api/ready`)
        .then((r) => r.status)
        .catch(() => 0);
      if (status === 200) break;
      if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}:\n${log}`);
      if (Date.now() > deadline) throw new Error(`npm start: /api/ready never answered 200:\n${log}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  });

  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((r) => server!.once("exit", r));
      process.kill(-server.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null) process.kill(-server.pid, "SIGKILL");
    }
    await sql?.end();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the fresh installation is ready and has no accounts: the demo login fails", async ({ browser }) => {
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from users`;
    expect(n).toBe(0);
    const ctx = await browser.newContext(fresh);
    const page = await ctx.newPage();
    await login(page, "admin@sidilan.test", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/masuk/);
    await expect(page.getByText("Email atau kata sandi salah, atau akun tidak aktif.").first()).toBeVisible();
    await ctx.close();
  });

  test("step 6: npm run user:create prints a one-time link; the admin sets a password, logs in and enrols 2FA", async ({
    browser,
  }) => {
    const r = await run(`npm run user:create -- --role admin --email ${adminEmail} --name "Nama Administrator" --link`);
    expect(r.code, r.out).toBe(0);
    const link = /(https?:\/\/\S+\/masuk\/atur-sandi\?token=\S+)/.exec(r.out)?.[1];
    expect(link, r.out).toBeTruthy();
    expect(link!.startsWith(`${base}/masuk/atur-sandi?token=`)).toBe(true);

    const ctx = await browser.newContext(fresh);
    const page = await ctx.newPage();
    await setPassword(page, link!, adminPassword);
    // The link is single use.
    await page.goto(link!);
    await expect(page.getByText("Tautan ini sudah dipakai.", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Kata sandi baru")).toHaveCount(0);

    await login(page, adminEmail, adminPassword);
    await expect(page).toHaveURL(/\/sekretariat/);
    // The example sets REQUIRE_ADMIN_2FA=1: the new administrator sets up a second factor first.
    // Until then every other page sends the administrator to the enrolment page.
    await page.goto("/sekretariat/pengguna");
    await expect(page).toHaveURL(/\/sekretariat\/akun\?wajib=2fa/);
    await page.getByRole("button", { name: "Siapkan verifikasi dua langkah" }).click();
    const secret = (await page.locator("code.select-all").first().textContent())!.trim();
    await page.getByLabel("Kode 6 angka").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Aktifkan" }).click();
    await expect(page.getByRole("list", { name: "Kode pemulihan" }).getByRole("listitem")).toHaveCount(10);
    await page.goto("/sekretariat/pengguna");
    await expect(page.getByText(adminEmail).first()).toBeVisible();
    await ctx.close();
  });

  test("step 7: npm run user:import dry run, then --apply; the links wait in the outbox", async () => {
    const dry = await run("npm run user:import -- docs/contoh-impor-pengguna.csv");
    expect(dry.code, dry.out).toBe(0);
    expect(dry.out).toContain("Baru: 4, diubah: 0, tetap: 0, galat: 0.");
    expect((await sql`select 1 from users`).length).toBe(1);
    const apply = await run("npm run user:import -- docs/contoh-impor-pengguna.csv --apply");
    expect(apply.code, apply.out).toBe(0);
    expect(apply.out).toContain("4 tautan atur kata sandi masuk antrean email");
    const again = await run("npm run user:import -- docs/contoh-impor-pengguna.csv");
    expect(again.out).toContain("Baru: 0, diubah: 0, tetap: 4, galat: 0.");
    const roles = await sql<{ email: string; role: string }[]>`select email, role::text from users order by email`;
    expect(roles.map((u) => `${u.email}:${u.role}`)).toEqual([
      `${adminEmail}:admin`,
      "andi.contoh@dprd-balikpapan.example:admin",
      "budi.contoh@dprd-balikpapan.example:member",
      `${staff.email}:staff`,
      `${member.email}:member`,
    ]);
  });

  test("a citizen's aspiration in dapil 1 is verified by the imported staff and answered by the imported member", async ({
    browser,
    request,
  }) => {
    // A citizen submits through the public API (Balikpapan Kota = dapil 1).
    const title = `Lampu jalan padam di Klandasan Ilir ${Date.now()}`;
    const res = await request.post(`${base}/api/v1/aspirasi`, {
      data: {
        title,
        body: "Lampu penerangan jalan di depan pasar padam sejak dua minggu, jalan gelap dan rawan.",
        category: "infrastruktur",
        kelurahan: "Klandasan Ilir",
        name: "Dewi Warga",
        email: "dewi.warga@contoh.id",
        consent: true,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    code = (await res.json()).trackingCode;
    expect(code).toMatch(/^ASP-/);

    // The imported staff member sets a password from the e-mailed link, verifies and routes it.
    const sctx = await browser.newContext(fresh);
    const s = await sctx.newPage();
    await setPassword(s, await outboxLink(staff.email), staff.password);
    await login(s, staff.email, staff.password);
    await expect(s).toHaveURL(/\/sekretariat/);
    await s.goto(`/sekretariat/aspirasi?q=${code}`);
    await s.getByRole("link", { name: code }).click();
    await expect(s.getByText(title).first()).toBeVisible();
    await expect(s.getByLabel("Teruskan ke anggota DPRD dapil lokasi")).toBeChecked();
    await s.getByRole("button", { name: "Verifikasi" }).click();
    await expect(s.getByText("Aspirasi diverifikasi dan diteruskan.")).toBeVisible();
    await sctx.close();

    // The imported member of dapil 1 sets a password, finds it in the inbox and answers.
    const mctx = await browser.newContext(fresh);
    const m = await mctx.newPage();
    await setPassword(m, await outboxLink(member.email), member.password);
    await login(m, member.email, member.password);
    await expect(m).toHaveURL(/\/portal/);
    await m.goto("/portal/kotak-masuk");
    await m.getByRole("link", { name: title }).click();
    await expect(m).toHaveURL(/\/portal\/aspirasi\//);
    const answer = "Saya sudah meminta Dinas Perhubungan memperbaiki lampu itu pekan ini.";
    await m.getByLabel("Jawaban publik").fill(answer);
    await m.getByRole("button", { name: "Simpan tanggapan" }).click();
    await expect(m.getByText("Tanggapan disimpan.")).toBeVisible();
    await mctx.close();

    // The citizen sees the public answer.
    const tracked = await request.get(`${base}/api/v1/aspirasi/${code}`);
    expect(tracked.status()).toBe(200);
    expect(JSON.stringify(await tracked.json())).toContain(answer);
    const cctx = await browser.newContext(fresh);
    const c = await cctx.newPage();
    await c.goto(`/lacak?kode=${code}`);
    await expect(c.getByText(answer)).toBeVisible();
    await cctx.close();
  });
});
