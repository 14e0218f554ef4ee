import { expect, test } from "@playwright/test";
import { AUTH, expectAccessible } from "./helpers";

test.describe("e-Risalah administration", () => {
  test.use({ storageState: AUTH.admin });

  test("meeting types: edit the correction window and list-body members, with field errors for bad input", async ({
    page,
  }) => {
    await page.goto("/sekretariat/risalah/jenis");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Rapat Bapemperda" }).click();
    await page.getByLabel("Masa koreksi anggota (hari)").fill("99");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByText("Masa koreksi maksimal 30 hari.")).toBeVisible();
    await page.getByLabel("Masa koreksi anggota (hari)").fill("5");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(page.getByText("Jenis rapat tersimpan.")).toBeVisible();
    await expectAccessible(page);
  });

  test("signer certificates: a file that is not PKCS#12 is refused with a clear message", async ({ page }) => {
    await page.goto("/sekretariat/risalah/sertifikat");
    await expect(page.getByRole("listitem").filter({ hasText: "H. Abdul Rahman Saleh" }).first()).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Penanda tangan").selectOption({ index: 1 });
    await page
      .getByLabel("Berkas PKCS#12 (.p12 / .pfx)")
      .setInputFiles({ name: "bukan.p12", mimeType: "application/x-pkcs12", buffer: Buffer.from("bukan pkcs12") });
    await page.getByLabel("Kata sandi berkas PKCS#12").fill("apa saja");
    await page.getByRole("button", { name: "Impor sertifikat" }).click();
    await expect(page.getByText(/Berkas PKCS#12 tidak dapat dibuka/).first()).toBeVisible();
  });

  test("version history shows the diff of the demo draft", async ({ page }) => {
    await page.goto("/sekretariat/risalah?q=Komisi%20I%20dengan");
    await page.getByRole("link", { name: /Rapat Kerja Komisi I/ }).click();
    await page.getByRole("link", { name: "Riwayat versi" }).click();
    await expect(page.getByRole("heading", { name: /Perbedaan versi 0 → versi 1/ })).toBeVisible();
    await expect(page.getByText("Ditambahkan:").first()).toBeAttached();
    await expectAccessible(page);
  });
});

test.describe("public verification entry", () => {
  test("the verification page rejects a malformed code and is accessible on a phone", async ({ browser }) => {
    const ctx = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      viewport: { width: 360, height: 740 },
    });
    const page = await ctx.newPage();
    await page.goto("/verifikasi");
    await page.getByRole("textbox", { name: "Kode verifikasi" }).fill("<script>alert(1)</script>");
    await page.getByRole("button", { name: "Buka" }).click();
    await expect(page.getByText("Kode tidak valid.")).toBeVisible();
    await expectAccessible(page);
    const res = await page.goto("/verifikasi/RSL-2222-3333");
    expect(res?.status()).toBe(404);
    await ctx.close();
  });
});
