import { expect, test, type Browser, type Page } from "@playwright/test";
import { AUTH, expectAccessible, login } from "./helpers";

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Makassar" }).format(new Date());
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);

async function pickClassification(page: Page, query: string, code: string) {
  const box = page.getByRole("combobox", { name: "Kode klasifikasi" });
  await box.fill(query);
  await page
    .getByRole("option", { name: new RegExp(`^${code.replace(/\./g, "\\.")} `) })
    .first()
    .click();
  await expect(box).toHaveValue(code);
}

async function asUser(browser: Browser, email: string) {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  await login(page, email);
  await expect(page).toHaveURL(/\/(portal|sekretariat)/);
  return { ctx, page };
}

/** Confirm receipt of the branch addressed to the signed-in user, then report and close it. */
async function confirmAndClose(page: Page, report: string) {
  await page.getByRole("button", { name: "Konfirmasi terima" }).click();
  await expect(page.getByText("Penerimaan disposisi dikonfirmasi.")).toBeVisible();
  await page.getByLabel("Laporan tindak lanjut").fill(report);
  await page.getByLabel("Tutup cabang disposisi ini").check();
  await page.getByRole("button", { name: "Simpan laporan" }).click();
  await expect(page.getByText(/cabang disposisi ditutup/)).toBeVisible();
}

test.describe("register surat", () => {
  test.use({ storageState: AUTH.staff });

  test("register an incoming letter, dispose it to two recipients; each confirms and closes; the letter is selesai", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000); // three accounts, many pages and axe checks
    const subject = `Undangan uji e2e ${Date.now()}`;
    await page.goto("/sekretariat/surat/masuk/baru");
    await page.getByRole("textbox", { name: "Pengirim", exact: true }).fill("Dinas Perhubungan Kota Balikpapan");
    await page.getByLabel("Nomor surat pengirim").fill("551/88/DISHUB");
    await page.getByLabel("Tanggal surat").fill(today());
    await page.getByLabel("Perihal").fill(subject);
    await pickClassification(page, "rapat pimpinan", "000.1.5");
    await page
      .getByLabel("Pindaian surat")
      .setInputFiles({ name: "surat.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Catat surat masuk" }).click();
    await expect(page).toHaveURL(/\/sekretariat\/surat\/masuk\/[0-9a-f-]{36}\?baru=1/);
    await expect(page.getByText(/Nomor agenda: \d{4}\/SM\/\d{4}/)).toBeVisible();
    await expect(page.getByRole("link", { name: /surat\.pdf/ })).toBeVisible();
    await expectAccessible(page);
    const letterUrl = page.url().replace(/\?.*$/, "");

    await page.getByLabel("Cari penerima").fill("Dedi");
    await page.getByLabel(/Dedi Kurniawan/).check();
    await page.getByLabel("Cari penerima").fill("Abdul Rahman");
    await page.getByLabel(/Ketua DPRD — H\. Abdul Rahman Saleh/).check();
    await expect(page.getByRole("group", { name: /^2\. / })).toBeVisible();
    await page.getByRole("button", { name: "Kirim disposisi" }).click();
    await expect(page.getByText("Disposisi terkirim ke 2 penerima")).toBeVisible();
    await expect(page.getByText("Didisposisikan").first()).toBeVisible();

    const staff2 = await asUser(browser, "staf.persidangan@sidilan.test");
    await staff2.page.goto("/sekretariat/disposisi?tab=baru");
    await staff2.page.getByRole("link", { name: subject }).click();
    await confirmAndClose(staff2.page, "Bahan rapat sudah disiapkan.");
    await staff2.ctx.close();

    const ketua = await asUser(browser, "ketua@sidilan.test");
    await ketua.page.goto("/portal/disposisi?tab=baru");
    await ketua.page.getByRole("link", { name: subject }).click();
    await expectAccessible(ketua.page);
    await confirmAndClose(ketua.page, "Sudah saya hadiri.");
    await expect(ketua.page.getByText(/surat selesai/)).toBeVisible();
    await ketua.ctx.close();

    await page.goto(letterUrl);
    await expect(page.getByText("Selesai", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Ditutup").first()).toBeVisible();
  });

  test("issue an outgoing number", async ({ page }) => {
    await page.goto("/sekretariat/surat/keluar/baru");
    await page.getByLabel("Perihal").fill("Undangan rapat dengar pendapat (uji e2e)");
    await page.getByLabel("Kepada").fill("Kepala Dinas Perhubungan Kota Balikpapan");
    await pickClassification(page, "000.1.5", "000.1.5");
    await page.getByLabel("Penanda tangan").fill("Ketua DPRD Kota Balikpapan");
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await expect(page.getByText("Draf tersimpan.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Setujui dan terbitkan nomor" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ya, terbitkan nomor" }).click();
    await expect(page.getByText(/Nomor surat terbit: 000\.1\.5\/\d{4}\/DPRD\/\d{4}/)).toBeVisible();
    await expectAccessible(page);
  });

  test("bad input gets clear field messages: classification, dates, fake scan", async ({ page }) => {
    await page.goto("/sekretariat/surat/masuk/baru");
    await page.getByRole("textbox", { name: "Pengirim", exact: true }).fill("Pengirim uji");
    await page.getByLabel("Nomor surat pengirim").fill("1/2/3");
    await page.getByLabel("Tanggal surat").fill(today());
    await page.getByLabel("Tanggal diterima").fill("2020-01-01");
    await page.getByLabel("Perihal").fill("Perihal uji");
    await page.getByRole("combobox", { name: "Kode klasifikasi" }).fill("12.x");
    await page
      .getByLabel("Pindaian surat")
      .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("ini bukan pdf") });
    await page.getByRole("button", { name: "Catat surat masuk" }).click();
    await expect(page.getByText("Tanggal diterima tidak boleh sebelum tanggal surat.")).toBeVisible();
    await expect(page.getByText(/Kode klasifikasi tidak valid/)).toBeVisible();
    await page.getByRole("combobox", { name: "Kode klasifikasi" }).fill("000.1.5");
    await page.getByLabel("Tanggal diterima").fill(today());
    await page
      .getByLabel("Pindaian surat")
      .setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("ini bukan pdf") });
    await page.getByRole("button", { name: "Catat surat masuk" }).click();
    await expect(page.getByText(/bukan gambar .* atau PDF yang sah/).first()).toBeVisible();
    await expect(page).toHaveURL(/\/masuk\/baru$/);
  });

  for (const path of [
    "/sekretariat/surat/masuk",
    "/sekretariat/surat/keluar",
    "/sekretariat/surat/keluar/cadangan",
    "/sekretariat/surat/agenda",
    "/sekretariat/surat/retensi",
    "/sekretariat/disposisi",
  ]) {
    test(`${path} is accessible`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe("register surat admin", () => {
  test.use({ storageState: AUTH.admin });
  for (const path of ["/sekretariat/surat/pengaturan", "/sekretariat/surat/klasifikasi"]) {
    test(`${path} is accessible`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe("rahasia in the browser", () => {
  test.use({ storageState: AUTH.memberDapil2 });
  test("a member not involved gets 404 for a letter and its lembar disposisi; the portal list is accessible", async ({
    page,
  }) => {
    await page.goto("/portal/disposisi");
    await expectAccessible(page);
    const res = await page.goto("/portal/disposisi/00000000-0000-4000-8000-000000000001");
    expect(res?.status()).toBe(404);
    const api = await page.request.get("/api/v1/surat/masuk/00000000-0000-4000-8000-000000000001/lembar-disposisi");
    expect(api.status()).toBe(404);
  });
});
