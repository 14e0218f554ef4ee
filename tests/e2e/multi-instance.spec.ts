import { expect, test } from "@playwright/test";
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { SMTPServer } from "smtp-server";
import { DEMO_PASSWORD } from "./helpers";
import { freshDatabase, sharedSecrets, startInstance, type Instance } from "./instances";

/**
 * Two `next start` processes on one PostgreSQL database, as deploy/ runs them: a session made on
 * one works on the other, rate limits are shared, and the outbox workers of both send each message
 * exactly once.
 */
test.describe("two instances on one PostgreSQL", () => {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(240_000);
  let a: Instance, b: Instance;
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const received: string[] = [];
  let smtp: SMTPServer;
  const basePort = Number(process.env.E2E_PORT || 3200) + 60;

  test.beforeAll(async () => {
    // Two production servers migrate and seed the demo data of every service on a fresh database.
    test.setTimeout(240_000);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, cb) {
        stream.resume();
        stream.on("end", () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join(","));
          cb();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(basePort + 9, "127.0.0.1", () => r()));
    db = await freshDatabase("sidilan_multi");
    const env = {
      ...sharedSecrets(),
      DATABASE_URL: db.url,
      SEED_DEMO: "1",
      SMTP_URL: `smtp://127.0.0.1:${basePort + 9}`,
      LOGIN_MAX_PER_ACCOUNT: "5",
    };
    a = await startInstance(basePort, env);
    b = await startInstance(basePort + 1, env);
  });

  test.afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await new Promise<void>((r) => smtp.close(() => r()));
    await db?.drop();
  });

  test("a session made on one instance works on the other, and logout on one ends it on both", async ({ browser }) => {
    const ctx = await browser.newContext({ baseURL: a.base, storageState: { cookies: [], origins: [] } });
    const page = await ctx.newPage();
    await page.goto("/masuk");
    await page.getByLabel("Email").fill("anggota.dapil2@sidilan.test");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/portal/);
    const cookies = (await ctx.cookies()).map((c) => ({ ...c, domain: "127.0.0.1" }));
    const other = await browser.newContext({ baseURL: b.base, storageState: { cookies: [], origins: [] } });
    await other.addCookies(cookies);
    const p2 = await other.newPage();
    await p2.goto("/portal");
    await expect(p2.getByRole("heading", { name: /Selamat datang/ })).toBeVisible();
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(new RegExp(`${a.base}/?$`));
    await p2.goto("/portal");
    await expect(p2).toHaveURL(/\/masuk/);
    await ctx.close();
    await other.close();
  });

  test("login rate limits are shared: failures alternate between instances and still add up", async ({ browser }) => {
    const statuses: string[] = [];
    for (let i = 0; i < 6; i++) {
      const base = i % 2 === 0 ? a.base : b.base;
      const ctx = await browser.newContext({ baseURL: base, storageState: { cookies: [], origins: [] } });
      const page = await ctx.newPage();
      await page.goto("/masuk");
      await page.getByLabel("Email").fill("anggota.dapil3@sidilan.test");
      await page.getByLabel("Kata sandi").fill(`salah-${i}-xxxxxx`);
      await page.getByRole("button", { name: "Masuk" }).click();
      const msg = page.getByText(/Email atau kata sandi salah|Terlalu banyak percobaan/).first();
      statuses.push((await msg.textContent()) ?? "");
      await ctx.close();
    }
    expect(statuses.slice(0, 5).every((s) => s.includes("salah"))).toBe(true);
    expect(statuses[5]).toContain("Terlalu banyak percobaan");
  });

  test("both outbox workers together deliver each message exactly once", async () => {
    const sql = postgres(db.url, { max: 2, onnotice: () => {} });
    const n = 40;
    for (let i = 0; i < n; i++)
      await sql`insert into outbox_messages (channel, recipient, subject, body) values ('email', ${`uji-outbox-${i}@contoh.id`}, 'Uji', 'Isi')`;
    await expect
      .poll(
        async () =>
          (
            await sql`select count(*)::int as n from outbox_messages where status = 'sent' and recipient like 'uji-outbox-%'`
          )[0].n,
        { timeout: 60_000 },
      )
      .toBe(n);
    await sql.end();
    // Demo data queues its own notices too; count only this test's messages.
    const mine = received.filter((r) => r.startsWith("uji-outbox-"));
    expect(mine).toHaveLength(n);
    expect(new Set(mine).size).toBe(n);
  });
  test("incoming letters registered on both instances at once get gap-free, unique agenda numbers", async ({
    request,
  }) => {
    const sql = postgres(db.url, { max: 2, onnotice: () => {} });
    const token = `sdl_multi001_${randomBytes(18).toString("base64url")}`;
    const [staff] = await sql`select id from users where email = 'staf.umum@sidilan.test'`;
    await sql`insert into api_tokens (user_id, name, prefix, scope, token_hash)
              values (${staff.id}, 'Uji dua instans', 'multi001', 'write', ${createHash("sha256").update(token).digest("hex")})`;
    const today = new Date().toISOString().slice(0, 10);
    const n = 30;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        request.post(`${i % 2 === 0 ? a.base : b.base}/api/v1/surat/masuk`, {
          headers: { authorization: `Bearer ${token}` },
          data: {
            receivedOn: today,
            senderNumber: `005/${i}/UJI`,
            senderDate: today,
            sender: "Dinas Uji Dua Instans",
            subject: `Surat uji bersamaan ${i}`,
            nature: "biasa",
            classificationCode: "000.1.5",
            addressee: "Ketua DPRD",
          },
        }),
      ),
    );
    expect(results.map((r) => r.status())).toEqual(Array(n).fill(201));
    const rows =
      await sql`select agenda_seq from incoming_letters where register_id = (select register_id from incoming_letters where subject = 'Surat uji bersamaan 0') and agenda_year = extract(year from now() at time zone 'Asia/Makassar')::int order by agenda_seq`;
    const seqs = rows.map((r) => r.agenda_seq as number);
    const mine = await sql`select distinct agenda_seq from incoming_letters where subject like 'Surat uji bersamaan %'`;
    expect(mine.length).toBe(n);
    // Gap-free and unique: the sequence is exactly 1..count, whichever instance took each number.
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    await sql.end();
  });
});
