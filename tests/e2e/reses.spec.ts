import { expect, test } from "@playwright/test";
import { AUTH, expectAccessible } from "./helpers";

/**
 * E-Reses: a member drafts the Laporan Hasil Reses of the demo period from their records, edits it,
 * submits it to the Pimpinan DPRD on a phone, and the public profile shows the public version; staff
 * see the period's report statuses. axe on each new page.
 */
test("a member drafts, edits and submits a reses report; staff see it; the public profile shows it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ctx = await browser.newContext({ storageState: AUTH.memberDapil1, viewport: { width: 360, height: 780 } });
  const page = await ctx.newPage();
  await page.goto("/portal/reses");
  await expect(page.getByRole("heading", { name: "Laporan hasil reses" })).toBeVisible();
  await expectAccessible(page);
  const name = (await page.locator("header span.font-semibold").first().textContent())!.trim();
  await page
    .getByRole("button", { name: /^Susun laporan Reses Masa Sidang/ })
    .first()
    .click();
  await page.waitForURL(/\/portal\/reses\/laporan\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { name: /^Laporan Hasil Reses Masa Sidang/ })).toBeVisible();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const summary = "Warga Kelurahan Klandasan Ilir meminta perbaikan drainase di RT 03 (uji E2E reses).";
  await page.getByLabel("Ringkasan tanggapan, aspirasi dan pengaduan").fill(summary);
  await page.getByLabel("Tindak lanjut").fill("Diteruskan sebagai pokir ke Dinas PU.");
  await page.getByRole("button", { name: "Simpan laporan" }).click();
  await expect(page.getByText("Laporan disimpan.")).toBeVisible();
  await page.getByRole("button", { name: "Serahkan kepada Pimpinan DPRD" }).click();
  await expect(page.getByRole("dialog", { name: "Serahkan laporan?" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, lanjutkan" }).click();
  await expect(page.getByText("Diserahkan", { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(summary)).toBeVisible();
  await ctx.close();

  const staffCtx = await browser.newContext({ storageState: AUTH.staff });
  const staff = await staffCtx.newPage();
  await staff.goto("/sekretariat/reses");
  await expect(staff.getByText(name).first()).toBeVisible();
  await expectAccessible(staff);
  await staffCtx.close();

  const visitorCtx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const visitor = await visitorCtx.newPage();
  await visitor.goto("/anggota");
  await visitor.getByRole("link", { name }).first().click();
  const report = visitor
    .locator("details")
    .filter({ hasText: /Laporan Hasil Reses Masa Sidang/ })
    .first();
  await report.locator("summary").click();
  await expect(report.getByText(summary)).toBeVisible();
  await expectAccessible(visitor);
  await visitor.screenshot({ path: "test-results/reses-public-profile.png", fullPage: true });
  await visitorCtx.close();
});
