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
  // The enrolment uses this 30-second step's code; the server refuses any code of that step afterwards.
  const enrolStep = Math.floor(Date.now() / 1000 / 30);
  await page.getByLabel("Kode 6 angka").fill(await generate({ secret, epoch: enrolStep * 30 }));
  await page.getByRole("button", { name: "Aktifkan" }).click();
  await expect(page.getByRole("list", { name: "Kode pemulihan" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("button", { name: "Keluar" }).click();

  await login(page, "staf.persidangan@sidilan.test");
  await expect(page.getByLabel("Kode verifikasi dua langkah")).toBeVisible();
  await expect(page.getByLabel("Kata sandi")).toHaveValue(DEMO_PASSWORD);
  // The code used to enrol is still within the server's 30 seconds, but its step is spent: refused.
  await page.getByLabel("Kode verifikasi dua langkah").fill(await generate({ secret, epoch: enrolStep * 30 }));
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Kode verifikasi salah atau sudah dipakai.").first()).toBeVisible();
  // The refused code is cleared from its field (the password stays): type the next one only after that.
  await expect(page.getByLabel("Kode verifikasi dua langkah")).toHaveValue("");
  await expect(page.getByLabel("Kata sandi")).toHaveValue(DEMO_PASSWORD);
  // The next step's code, as a phone whose clock runs a little ahead shows it: the server accepts a code
  // within 30 seconds of its clock, and this one is from a step after the one used to enrol.
  await page.getByLabel("Kode verifikasi dua langkah").fill(await generate({ secret, epoch: (enrolStep + 1) * 30 }));
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
