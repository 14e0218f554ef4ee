import { expect, test } from "@playwright/test";
import { AUTH, expectAccessible, mailTo, pauseLikeAPerson } from "./helpers";

test.describe("personal data (UU 27/2022)", () => {
  test("the privacy notice covers purpose, retention, rights, contact and who sees what, and is accessible", async ({
    page,
  }) => {
    await page.goto("/privasi");
    await expect(page.getByRole("heading", { name: "Kebijakan privasi", level: 1 })).toBeVisible();
    for (const h of [
      "Data yang kami proses dan tujuannya",
      "Siapa yang dapat melihat apa",
      "Berapa lama data disimpan",
      "Hak Anda",
      "Kontak",
    ]) {
      await expect(page.getByRole("main").getByRole("heading", { name: h, exact: true })).toBeVisible();
    }
    await expect(page.getByText(/dianonimkan 365 hari setelah laporan ditutup/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Lihat dan unduh data pribadi Anda" }).click();
    await expect(page).toHaveURL(/\/data-saya$/);
    await expectAccessible(page);
  });

  test("a citizen sees their data with the tracking code and a one-time code from their e-mail; staff then erase it and the report stays", async ({
    page,
    browser,
  }) => {
    const email = `warga.privasi.${Date.now()}@contoh.id`;
    const title = `Saluran air tersumbat uji privasi ${Date.now()}`;
    await page.goto("/aspirasi/kirim");
    const shownAt = Date.now();
    await page.getByRole("textbox", { name: "Judul" }).fill(title);
    await page
      .getByRole("textbox", { name: "Uraian" })
      .fill("Saluran air di depan rumah warga tersumbat sampah sejak hujan deras minggu lalu.");
    await page.getByRole("combobox", { name: "Kategori" }).selectOption({ label: "Infrastruktur" });
    await page.getByRole("combobox", { name: "Kecamatan" }).selectOption({ label: "Balikpapan Selatan" });
    await page.getByRole("combobox", { name: "Kelurahan" }).selectOption({ label: "Sungai Nangka" });
    await page.getByRole("textbox", { name: "Nama", exact: true }).fill("Dewi Lestari");
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("checkbox", { name: /Saya menyetujui/ }).check();
    await expect(page.locator("altcha-widget input[name=altcha]")).toHaveValue(/.{20,}/, { timeout: 30_000 });
    await pauseLikeAPerson(page, shownAt);
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    await expect(page).toHaveURL(/\/aspirasi\/terkirim\?kode=ASP-/, { timeout: 30_000 });
    const code = (await page.locator("#kode-lacak").textContent())!.trim();

    await page.goto("/data-saya");
    await page.getByLabel("Kode pelacakan").fill("ASP-2222-2222");
    await page.getByRole("button", { name: "Kirim kode sekali pakai" }).click();
    await expect(page.getByText("Kode pelacakan tidak ditemukan.")).toBeVisible();
    await page.getByLabel("Kode pelacakan").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Kirim kode sekali pakai" }).click();
    await expect(page).toHaveURL(/\/data-saya\/[0-9a-f-]{36}/);
    // Neutral: the page never echoes the contact (not even masked) to someone holding only the code.
    await expect(
      page.getByText(/Jika kode ini terdaftar dengan kontak, kode sekali pakai telah dikirim/),
    ).toBeVisible();
    await expect(page.getByText(/@contoh\.id/)).toHaveCount(0);
    const otp = await mailTo(email, /Kode sekali pakai Anda: (\d{6})/, 45_000);
    await page.getByLabel(/Kode sekali pakai/).fill(otp === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Tampilkan data saya" }).click();
    await expect(page.getByText("Kode sekali pakai salah.")).toBeVisible();
    await page.getByLabel(/Kode sekali pakai/).fill(otp);
    await page.getByRole("button", { name: "Tampilkan data saya" }).click();
    await expect(page.getByText("1 catatan memuat data pribadi Anda.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Dewi Lestari" })).toBeVisible();
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
    await expect(page.getByRole("link", { name: "Unduh data (JSON)" })).toBeVisible();
    await expectAccessible(page);

    const staffCtx = await browser.newContext({ storageState: AUTH.staff });
    const staff = await staffCtx.newPage();
    await staff.goto(`/sekretariat/privasi?email=${encodeURIComponent(email)}`);
    await expect(staff.getByRole("cell", { name: "Dewi Lestari" })).toBeVisible();
    await staff.getByRole("button", { name: "Hapus data pribadi" }).click();
    await staff.getByRole("dialog").getByRole("button", { name: "Ya, hapus data pribadi" }).click();
    await expect(staff.getByText(/Nama dan kontak dihapus dari 1 catatan/)).toBeVisible();
    // Without a reload, the erased name is gone from the page.
    await expect(staff.getByText("Dewi Lestari")).toHaveCount(0);
    await staff.goto(`/sekretariat/privasi?email=${encodeURIComponent(email)}`);
    await expect(staff.getByRole("heading", { name: "0 catatan" })).toBeVisible();
    await staffCtx.close();

    // The report itself is still there for the public record.
    await page.goto(`/lacak?kode=${code}`);
    await expect(page.getByText(title).first()).toBeVisible();
  });
});
