import { expect, test, type Browser } from "@playwright/test";
import { AUTH, expectAccessible, pauseLikeAPerson, waitForHydration } from "./helpers";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function contextFor(browser: Browser, state?: string) {
  const ctx = await browser.newContext(
    state ? { storageState: state } : { storageState: { cookies: [], origins: [] } },
  );
  return { ctx, page: await ctx.newPage() };
}

test.describe("e-Pokir end to end", () => {
  test("a citizen proposes in dapil 1, staff verify, a dapil-1 member adopts, dapil 2 gets 404, the citizen sees diadopsi", async ({
    browser,
  }) => {
    const title = `Perbaikan jalan lingkungan uji ${Date.now()}`;
    const citizen = await contextFor(browser);
    const p = citizen.page;
    await p.goto("/pokir");
    await expect(p.getByRole("heading", { level: 1 })).toContainText("e-Pokir");
    await expect(p.getByRole("timer")).toBeVisible();
    await expectAccessible(p);
    await p.goto("/pokir/usul");
    const shownAt = Date.now();
    await expectAccessible(p);
    await p.getByLabel("Judul usulan").fill(title);
    await p.getByLabel("Permasalahan").fill("Jalan rusak berlubang dan tergenang saat hujan, membahayakan pengendara.");
    await p.getByLabel("Usulan kegiatan").fill("Pengaspalan ulang dan perbaikan bahu jalan sepanjang gang.");
    await p.getByLabel("Kelurahan").selectOption({ label: "Prapatan (Kec. Balikpapan Kota)" });
    await p.locator("#rt").fill("07");
    await p.getByLabel("Alamat lokasi").fill("Jl. Prapatan Dalam Gg. Bersama No. 5");
    await p.locator("#volume").fill("120");
    await p.getByLabel("Satuan").fill("meter");
    await p.getByLabel("Perkiraan anggaran (Rp, opsional)").fill("95000000");
    await expect(p.getByText("Minimal satu foto lokasi — belum lengkap")).toBeAttached();
    await p.getByLabel(/Foto lokasi/).setInputFiles({ name: "lokasi.png", mimeType: "image/png", buffer: PNG });
    await expect(p.getByText("Minimal satu foto lokasi — sudah lengkap")).toBeAttached();
    await p.getByLabel("Nama pengusul").fill("Siti Aminah");
    await p.getByLabel("Nomor WhatsApp").fill("081255500011");
    await p.getByLabel(/Saya setuju data pribadi/).check();
    // ALTCHA solves in the browser once the form has focus; wait for its verified state, so this
    // post carries the proof (a post without it would take the no-JavaScript path).
    // The widget's script loads after hydration; focus the form again once it is defined, so a focus
    // that came before the script (on a loaded machine) does not leave it waiting.
    await p.evaluate(() => customElements.whenDefined("altcha-widget"));
    await p.getByLabel("Nama pengusul").focus();
    const proof = p.locator("altcha-widget input[name=altcha]");
    // If the automatic start was missed, a person ticks "Saya bukan robot"; so does the test.
    await expect(proof)
      .toHaveValue(/.{20,}/, { timeout: 10_000 })
      .catch(() => p.locator("altcha-widget input[type=checkbox]").click());
    await expect(proof).toHaveValue(/.{20,}/, { timeout: 30_000 });
    await pauseLikeAPerson(p, shownAt);
    await p.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(p).toHaveURL(/\/pokir\/usul\/terkirim/);
    const code = (await p.getByTestId("kode-lacak").textContent())!.trim();
    expect(code).toMatch(/^POK-/);
    await expectAccessible(p);

    const staff = await contextFor(browser, AUTH.staff);
    await staff.page.goto(`/sekretariat/pokir?q=${code}`);
    await expectAccessible(staff.page);
    await staff.page.getByRole("link", { name: title }).click();
    await expect(staff.page).toHaveURL(/\/sekretariat\/pokir\/[0-9a-f-]{36}$/);
    await expectAccessible(staff.page);
    await staff.page.getByRole("button", { name: "Verifikasi (lengkap)" }).click();
    // The verify form leaves the page with the status it changed; the new status shows.
    await expect(staff.page.getByRole("definition").filter({ hasText: /^Diverifikasi$/ })).toBeVisible();

    const m1 = await contextFor(browser, AUTH.memberDapil1);
    await m1.page.goto("/portal/kotak-masuk?type=pokir");
    await expect(m1.page.getByRole("link", { name: /Kotak Masuk/ })).toBeVisible();
    await expectAccessible(m1.page);
    await m1.page.getByRole("link", { name: title }).click();
    await expect(m1.page).toHaveURL(/\/portal\/pokir\/[0-9a-f-]{36}$/);
    const url = m1.page.url();
    await expectAccessible(m1.page);
    await m1.page.getByRole("button", { name: "Adopsi menjadi pokir saya" }).click();
    await expect(m1.page.getByRole("button", { name: "Lepas adopsi" })).toBeVisible();
    await expect(m1.page.getByRole("definition").filter({ hasText: /^Diadopsi anggota DPRD$/ })).toBeVisible();
    await m1.page.goto("/portal/pokir");
    await expect(m1.page.getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(m1.page);

    const m2 = await contextFor(browser, AUTH.memberDapil2);
    const res = await m2.page.goto(url);
    expect(res?.status()).toBe(404);
    await m2.page.goto("/portal/kotak-masuk?type=pokir");
    await expect(m2.page.getByRole("link", { name: title })).toHaveCount(0);

    await p.goto(`/pokir/lacak?kode=${code}`);
    await expect(p.getByText("Diadopsi anggota DPRD").first()).toBeVisible();
    await expectAccessible(p);
    for (const c of [citizen, staff, m1, m2]) await c.ctx.close();
  });

  test("a phone that cannot load the proposal's validator still sends it, and the server's errors show", async ({
    page,
  }) => {
    await page.goto("/pokir/usul", { waitUntil: "networkidle" });
    await waitForHydration(page, "form:has([name=title])");
    // The connection drops after the page has loaded: the validator and the photo downscaler fail to load.
    await page.route("**/_next/static/chunks/**", (r) => r.abort("internetdisconnected"));
    await page.getByLabel("Judul usulan").fill("Drainase tersumbat di Gang Mawar");
    const actions: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) actions.push(r.url());
    });
    await page.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(page.getByText(/wajib diisi\./).first()).toBeVisible();
    expect(actions).toHaveLength(1);
    await expect(page.getByLabel("Judul usulan")).toHaveValue("Drainase tersumbat di Gang Mawar");
    await expect(page).toHaveURL(/\/pokir\/usul$/);
  });

  test("secretariat and portal pages pass axe", async ({ browser }) => {
    const staff = await contextFor(browser, AUTH.admin);
    for (const path of ["/sekretariat/pokir/periode", "/sekretariat/pokir/pagu"]) {
      await staff.page.goto(path);
      await expectAccessible(staff.page);
    }
    const m1 = await contextFor(browser, AUTH.memberDapil1);
    for (const path of ["/portal/reses", "/portal/reses/baru", "/portal/kotak-masuk"]) {
      await m1.page.goto(path);
      await expectAccessible(m1.page);
    }
    await m1.page.goto("/portal/reses");
    await m1.page
      .getByRole("link", { name: /Balai Kelurahan/ })
      .first()
      .click();
    await expectAccessible(m1.page);
    await staff.ctx.close();
    await m1.ctx.close();
  });
});
