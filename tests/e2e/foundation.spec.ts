import { expect, test } from "@playwright/test";
import { AUTH, expectAccessible, login } from "./helpers";

test.describe("public site", () => {
  test("home page is Indonesian, names the council and the four services, and is accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("banner")).toContainText("DPRD Kota Balikpapan");
    for (const s of ["SIAP", "e-Pokir", "e-Risalah", "Register Surat"])
      await expect(page.getByRole("main")).toContainText(s);
    await expect(page.getByRole("contentinfo")).toContainText("Kontak");
    await expectAccessible(page);
  });

  test("an unknown route shows the Indonesian 404", async ({ page }) => {
    const res = await page.goto("/halaman-yang-tidak-ada");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  });

  test("the skip link is the first thing the keyboard reaches", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Langsung ke konten utama" })).toBeFocused();
  });
});

test.describe("login", () => {
  test("a wrong password gets a clear Indonesian message", async ({ page }) => {
    await login(page, "admin@sidilan.test", "bukan-kata-sandinya");
    await expect(page.getByText("Email atau kata sandi salah")).toBeVisible();
    await expect(page).toHaveURL(/\/masuk/);
  });

  test("empty fields get field errors, not a server error", async ({ page }) => {
    await page.goto("/masuk");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("Email wajib diisi.")).toBeVisible();
    await expect(page.getByText("Kata sandi wajib diisi.")).toBeVisible();
  });

  test("the login page is accessible", async ({ page }) => {
    await page.goto("/masuk");
    await expectAccessible(page);
  });

  test("anonymous visitors of protected areas are sent to the login page", async ({ page }) => {
    await page.goto("/sekretariat/pengguna");
    await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fsekretariat%2Fpengguna/);
  });
});

test.describe("areas by role", () => {
  test.describe("member", () => {
    test.use({ storageState: AUTH.memberDapil1 });
    test("lands in the portal with dapil, komisi and fraksi, and cannot open the back office", async ({ page }) => {
      await page.goto("/portal");
      await expect(page.getByRole("heading", { name: /Selamat datang/ })).toBeVisible();
      await expect(page.getByText("Balikpapan 1")).toBeVisible();
      await page.goto("/sekretariat/pengguna");
      await expect(page).toHaveURL(/\/portal\?akses=ditolak/);
    });
  });

  test.describe("staff", () => {
    test.use({ storageState: AUTH.staff });
    test("lands in the back office and cannot manage users", async ({ page }) => {
      await page.goto("/sekretariat");
      await expect(page.getByRole("navigation", { name: "Navigasi layanan" })).toContainText("Surat Masuk");
      await expect(page.getByRole("navigation", { name: "Navigasi layanan" })).not.toContainText("Pengguna");
      await page.goto("/sekretariat/pengguna");
      await expect(page).toHaveURL(/\/sekretariat\?akses=ditolak/);
    });
  });

  test.describe("admin", () => {
    test.use({ storageState: AUTH.admin });
    test("creates a staff account, deactivates it, and the account cannot log in", async ({ page, browser }) => {
      await page.goto("/sekretariat/pengguna/baru");
      await page.getByLabel("Nama lengkap").fill("Staf Uji Coba");
      await page.getByLabel("Email").fill("staf.uji@sidilan.test");
      await page.getByLabel("Peran").selectOption("staff");
      await page.getByLabel("Kata sandi awal").fill("kata-sandi-uji-123");
      await page.getByRole("button", { name: "Simpan pengguna" }).click();
      await expect(page.getByText("Pengguna berhasil dibuat.")).toBeVisible();
      await expectAccessible(page);

      await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Ya, lanjutkan" }).click();
      await expect(page.getByText("Akun dinonaktifkan")).toBeVisible();

      const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const other = await ctx.newPage();
      await login(other, "staf.uji@sidilan.test", "kata-sandi-uji-123");
      await expect(other.getByText("Email atau kata sandi salah")).toBeVisible();
      await ctx.close();
    });
  });
});
