import { expect, test, type Locator, type Page } from "@playwright/test";
import { AUTH, expectAccessible, pauseLikeAPerson, waitForHydration } from "./helpers";

/** Press Tab until `target` has focus (keyboard only, as a person without a mouse would). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("focus never reached the target");
}

/** Choose a <select> option by keyboard: type-ahead on the option's label. */
async function chooseByKeyboard(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  await page.keyboard.type(label, { delay: 20 });
  await expect(select.locator("option:checked")).toHaveText(label);
}

test.describe("SIAP citizen → staff → citizen", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("a citizen submits by keyboard on a 360px screen, staff verify and answer, the citizen sees it on /lacak", async ({
    page,
    browser,
  }) => {
    const title = `Trotoar rusak dekat halte uji ${Date.now()}`;
    await page.goto("/aspirasi/kirim");
    const shownAt = Date.now();
    await expect(page.getByRole("heading", { name: "Kirim aspirasi" })).toBeVisible();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await tabTo(page, page.getByRole("textbox", { name: "Judul" }));
    await page.keyboard.type(title);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Trotoar di dekat halte bus ambles dan membahayakan pejalan kaki, terutama anak sekolah.");
    await chooseByKeyboard(page, page.getByRole("combobox", { name: "Kategori" }), "Infrastruktur");
    await chooseByKeyboard(page, page.getByRole("combobox", { name: "Kecamatan" }), "Balikpapan Selatan");
    await chooseByKeyboard(page, page.getByRole("combobox", { name: "Kelurahan" }), "Sungai Nangka");
    await tabTo(page, page.getByRole("textbox", { name: "Nama" }));
    await page.keyboard.type("Rina Wulandari");
    await tabTo(page, page.getByRole("textbox", { name: "Email" }));
    await page.keyboard.type("rina.wulandari@contoh.id");
    await tabTo(page, page.getByRole("checkbox", { name: /Saya menyetujui/ }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: /Saya menyetujui/ })).toBeChecked();
    // ALTCHA solves in the browser once the form has focus; wait for its verified state.
    await expect(page.locator("altcha-widget input[name=altcha]")).toHaveValue(/.{20,}/, { timeout: 30_000 });
    await pauseLikeAPerson(page, shownAt);
    await tabTo(page, page.getByRole("button", { name: "Kirim aspirasi" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/aspirasi\/terkirim\?kode=ASP-/, { timeout: 30_000 });
    const code = (await page.locator("#kode-lacak").textContent())!.trim();
    expect(code).toMatch(/^ASP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(page.getByRole("button", { name: "Salin kode" })).toBeVisible();

    // Staff verify, route to the dapil and answer publicly.
    const staffCtx = await browser.newContext({ storageState: AUTH.staff });
    const staff = await staffCtx.newPage();
    await staff.goto(`/sekretariat/aspirasi?q=${code}`);
    await staff.getByRole("link", { name: code }).click();
    await expect(staff.getByText(title).first()).toBeVisible();
    await staff
      .getByLabel("Jawaban publik (opsional)")
      .first()
      .fill("Aspirasi Anda telah kami teruskan ke anggota DPRD dapil Balikpapan Selatan.");
    await staff.getByRole("button", { name: "Verifikasi" }).click();
    await expect(staff.getByText("Aspirasi diverifikasi dan diteruskan.")).toBeVisible();
    await staff.reload();
    await staff
      .getByRole("textbox", { name: "Jawaban publik", exact: true })
      .fill("Dinas PUPR menjadwalkan perbaikan trotoar pekan depan.");
    await staff.getByRole("button", { name: "Simpan", exact: true }).last().click();
    await expect(staff.getByText("Tanggapan disimpan.")).toBeVisible();
    await staffCtx.close();

    // The citizen sees the answer and who handles it (never a staff name).
    await page.goto(`/lacak?kode=${code.toLowerCase()}`);
    await expect(page.getByText("Dinas PUPR menjadwalkan perbaikan trotoar pekan depan.")).toBeVisible();
    await expect(page.getByText(/Anggota DPRD/).first()).toBeVisible();
    await expect(page.getByText(/Ditindaklanjuti/).first()).toBeVisible();
    await expect(page.getByText("Staf Bagian Umum")).toHaveCount(0);
  });

  test("the form shows Indonesian errors without sending anything when empty", async ({ page }) => {
    await page.goto("/aspirasi/kirim");
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    await expect(page.getByText("Judul wajib diisi.")).toBeVisible();
    await expect(page.getByText("Kategori wajib dipilih.")).toBeVisible();
    await expect(page).toHaveURL(/\/aspirasi\/kirim$/);
  });

  test("a phone that cannot load the validator still sends the form, and the server's errors show", async ({
    page,
  }) => {
    await page.goto("/aspirasi/kirim", { waitUntil: "networkidle" });
    await waitForHydration(page, "form:has([name=title])");
    // The connection drops after the page has loaded: every script the form would import now fails
    // (the validator is imported on the form's first focus, the photo downscaler on submit).
    await page.route("**/_next/static/chunks/**", (r) => r.abort("internetdisconnected"));
    await page.getByLabel("Judul").fill("Lampu jalan mati di Jalan Mulawarman");
    const actions: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) actions.push(r.url());
    });
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    // Sent unchecked, refused by the server with its own Indonesian errors, and nothing typed is lost.
    await expect(page.getByText("Kategori wajib dipilih.")).toBeVisible();
    expect(actions).toHaveLength(1);
    await expect(page.getByLabel("Judul")).toHaveValue("Lampu jalan mati di Jalan Mulawarman");
    await expect(page).toHaveURL(/\/aspirasi\/kirim$/);
  });
});

test.describe("SIAP public pages are accessible", () => {
  for (const path of [
    "/",
    "/aspirasi/kirim",
    "/aspirasi",
    "/lacak",
    "/lacak?kode=ASP-2222-2222",
    "/statistik",
    "/privasi",
    "/aspirasi/terkirim?kode=ASP-2222-2222",
  ]) {
    test(`axe: ${path}`, async ({ browser }) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(path);
      await expectAccessible(page);
      await ctx.close();
    });
  }

  test("axe: a tracked aspiration with its timeline", async ({ browser }) => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto("/aspirasi");
    const first = page.locator("main ul li h2 a").first();
    await first.click();
    await expect(page.getByRole("heading", { name: "Riwayat" })).toBeVisible();
    await expectAccessible(page);
    await ctx.close();
  });
});

test.describe("SIAP staff pages", () => {
  test.use({ storageState: AUTH.staff });
  test("triage queue with SLA badges and exports", async ({ page }) => {
    await page.goto("/sekretariat/aspirasi");
    await expect(page.getByRole("heading", { name: "Aspirasi (SIAP)" })).toBeVisible();
    await expect(page.getByText(/Verifikasi: (sisa|terlambat|jatuh tempo)/).first()).toBeVisible();
    const csv = await page.request.get("/api/v1/aspirasi/ekspor");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Kode,Tanggal,Judul");
    const xlsx = await page.request.get("/api/v1/aspirasi/ekspor?format=xlsx");
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    await expectAccessible(page);
  });
});

test.describe("SIAP member page", () => {
  test("a member of the routed dapil answers; a member of another dapil gets 404", async ({ browser }) => {
    const staffCtx = await browser.newContext({ storageState: AUTH.staff });
    const staff = await staffCtx.newPage();
    await staff.goto("/sekretariat/aspirasi?dapil=1&status=ditindaklanjuti");
    const href = await staff.locator("tbody a").first().getAttribute("href");
    await staffCtx.close();
    const id = href!.split("/").pop()!;
    const m1 = await browser.newContext({ storageState: AUTH.memberDapil1 });
    const p1 = await m1.newPage();
    await p1.goto(`/portal/aspirasi/${id}`);
    await p1
      .getByRole("textbox", { name: "Jawaban publik" })
      .fill("Saya akan meninjau lokasi bersama dinas terkait pada reses berikutnya.");
    await p1.getByRole("button", { name: "Simpan tanggapan" }).click();
    await expect(p1.getByText("Tanggapan disimpan.")).toBeVisible();
    await expectAccessible(p1);
    await m1.close();
    const m2 = await browser.newContext({ storageState: AUTH.memberDapil2 });
    const p2 = await m2.newPage();
    const res = await p2.goto(`/portal/aspirasi/${id}`);
    expect(res?.status()).toBe(404);
    await m2.close();
  });
});
