import { expect, test } from "@playwright/test";
import { AUTH, login, mailTo } from "./helpers";

const fresh = { storageState: { cookies: [], origins: [] } };

test("without JavaScript: an admin imports a member from CSV, the member sets a password from the e-mailed link and logs in", async ({
  browser,
}) => {
  const email = `impor.${Date.now()}@sidilan.test`;
  const admin = await browser.newContext({ storageState: AUTH.admin, javaScriptEnabled: false });
  const page = await admin.newPage();
  await page.goto("/sekretariat/pengguna/impor");
  const csv = `peran;nama;email;jabatan;bagian;dapil;komisi;fraksi\nanggota;Anggota Impor;${email};Anggota;;2;Komisi I;Fraksi PKS\n`;
  await page
    .getByLabel("Berkas CSV")
    .setInputFiles({ name: "pengguna.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) });
  await page.getByRole("button", { name: "Uji coba (tidak menyimpan)" }).click();
  const row = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await expect(row).toContainText("Baru");
  await page.getByRole("button", { name: "Terapkan impor" }).click();
  await expect(page.getByText(/Impor diterapkan: 1 akun baru/)).toBeVisible();
  await admin.close();

  const token = await mailTo(email, /atur-sandi\?token(?:=3D|=)([A-Za-z0-9_-]+)/, 60_000);
  const ctx = await browser.newContext({ ...fresh, javaScriptEnabled: false });
  const p = await ctx.newPage();
  await p.goto("/masuk/atur-sandi?token=salah");
  await expect(p.getByText(/Tautan ini tidak dikenal/)).toBeVisible();

  await p.goto(`/masuk/atur-sandi?token=${token}`);
  await p.getByLabel("Kata sandi baru").fill("pendek");
  await p.getByLabel("Ulangi kata sandi").fill("lain");
  await p.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(p.getByText("Kata sandi minimal 10 karakter.")).toBeVisible();
  await expect(p.getByText("Kata sandi dan ulangannya tidak sama.")).toBeVisible();
  await p.getByLabel("Kata sandi baru").fill("sandi anggota impor");
  await p.getByLabel("Ulangi kata sandi").fill("sandi anggota impor");
  await p.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(p).toHaveURL(/\/masuk\?sandi=diatur/);
  await expect(p.getByText(/Kata sandi tersimpan/)).toBeVisible();
  await p.goto(`/masuk/atur-sandi?token=${token}`);
  await expect(p.getByText(/Tautan ini sudah dipakai/)).toBeVisible();
  await ctx.close();

  const js = await browser.newContext(fresh);
  const lp = await js.newPage();
  await login(lp, email, "sandi anggota impor");
  await expect(lp).toHaveURL(/\/portal/);
  await js.close();
});
