import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD, expectAccessible, login } from "./helpers";

const fresh = { storageState: { cookies: [], origins: [] } };

test("logout really ends the session: a copied cookie no longer works", async ({ browser }) => {
  const ctx = await browser.newContext(fresh);
  const page = await ctx.newPage();
  await login(page, "anggota13@sidilan.test");
  await expect(page).toHaveURL(/\/portal/);
  const cookies = await ctx.cookies();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);

  const thief = await browser.newContext(fresh);
  await thief.addCookies(cookies);
  const p2 = await thief.newPage();
  await p2.goto("/portal");
  await expect(p2).toHaveURL(/\/masuk/);
  await ctx.close();
  await thief.close();
});

test("a staff member sets up two-step verification and then needs a code to log in", async ({ browser }) => {
  const ctx = await browser.newContext(fresh);
  const page = await ctx.newPage();
  await login(page, "staf.persidangan@sidilan.test");
  await expect(page).toHaveURL(/\/sekretariat/);
  await page.goto("/sekretariat/akun");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Siapkan verifikasi dua langkah" }).click();
  const secret = (await page.locator("code.select-all").first().textContent())!.trim();
  await page.getByLabel("Kode 6 angka").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Aktifkan" }).click();
  await expect(page.getByRole("list", { name: "Kode pemulihan" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "Keluar" }).click();

  await login(page, "staf.persidangan@sidilan.test");
  await expect(page.getByLabel("Kode verifikasi dua langkah")).toBeVisible();
  await expect(page.getByLabel("Kata sandi")).toHaveValue(DEMO_PASSWORD);
  await page.getByLabel("Kode verifikasi dua langkah").fill("000000");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Kode verifikasi salah atau sudah dipakai.").first()).toBeVisible();
  // wait for the next 30-second step so the code differs from the one used to enrol
  await page.waitForTimeout(31_000);
  await page.getByLabel("Kode verifikasi dua langkah").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/sekretariat/);

  // Turn it off again so other tests can log in as this account.
  await page.goto("/sekretariat/akun");
  await page.getByLabel("Kata sandi (untuk mematikan)").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Matikan" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, lanjutkan" }).click();
  await expect(page.getByText("Verifikasi dua langkah dimatikan.")).toBeVisible();
  await ctx.close();
});
