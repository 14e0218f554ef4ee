import { expect, test, type Browser } from "@playwright/test";
import { AUTH, expectAccessible, login, mailTo } from "./helpers";

const RECIPIENT = "undangan.e2e@balikpapan.test";

async function asUser(browser: Browser, email: string, viewport = { width: 1280, height: 900 }) {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await login(page, email);
  await page.waitForURL((u) => !u.pathname.startsWith("/masuk"));
  return { ctx, page };
}

test("E-Paper: draft an invitation → paraf by Kepala Bagian and Sekretaris DPRD → Ketua signs at 360 px → e-mail with PDF → public verification", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // 1. Staff draft an invitation from the template and submit it to the chain.
  const staffCtx = await browser.newContext({ storageState: AUTH.staff });
  const staff = await staffCtx.newPage();
  await staff.goto("/sekretariat/surat/epaper");
  await expectAccessible(staff);
  await staff.getByRole("link", { name: "Buat surat" }).click();
  await expectAccessible(staff);
  await staff.locator("select[name=templateCode]").selectOption("surat-undangan");
  await staff.locator("#subject").fill("Undangan Rapat Kerja Komisi II (uji E2E)");
  await staff.locator("select[name=signerId]").selectOption({ label: "H. Abdul Rahman Saleh — Ketua DPRD" });
  await staff.locator("#recipients").fill(`Kepala Dinas Lingkungan Hidup | ${RECIPIENT}\nLurah Klandasan Ulu`);
  await staff.getByRole("button", { name: "Buat draf" }).click();
  await staff.waitForURL(/\/sekretariat\/surat\/epaper\/[0-9a-f-]{36}/);
  const url = new URL(staff.url()).pathname;
  await expectAccessible(staff);
  await staff.getByRole("link", { name: "Riwayat versi" }).click();
  await expect(staff.getByRole("heading", { name: "Riwayat versi surat" })).toBeVisible();
  await expectAccessible(staff);
  await staff.goto(url);
  // Attach a file to the draft; it is listed with a download link.
  await staff.getByLabel("Tambah berkas").setInputFiles({
    name: "daftar-undangan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    ),
  });
  await staff.getByRole("button", { name: "Lampirkan berkas" }).click();
  await expect(staff.getByText("1 berkas dilampirkan.")).toBeVisible();
  await expect(staff.getByRole("link", { name: "daftar-undangan.pdf" })).toBeVisible();
  await expectAccessible(staff);
  await staff.getByRole("button", { name: "Ajukan untuk paraf" }).click();
  await expect(staff.getByText("menunggu paraf Kepala Bagian Umum")).toBeVisible();

  // 2. Kepala Bagian Umum, then the Sekretaris DPRD, initial it.
  for (const email of ["kabag.umum@sidilan.test", "sekwan@sidilan.test"]) {
    const { ctx, page } = await asUser(browser, email);
    await page.goto(url);
    // The decision is stored once the server has answered its POST (a fetch once hydrated, a form post
    // before). The button also vanishes while a form post navigates, so closing on that alone could cut the
    // request off, and the next signer would wait for a turn that never comes.
    const decided = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === url);
    await page.getByRole("button", { name: "Kirim keputusan" }).click();
    expect((await decided).status()).toBeLessThan(400);
    await expect(page.getByRole("button", { name: "Kirim keputusan" })).toHaveCount(0);
    await ctx.close();
  }

  // 3. The Ketua signs from the portal on a phone.
  const { ctx: ketuaCtx, page: ketua } = await asUser(browser, "ketua@sidilan.test", { width: 360, height: 780 });
  await ketua.goto("/portal/tanda-tangan");
  await expectAccessible(ketua);
  await ketua.getByRole("link", { name: "Undangan Rapat Kerja Komisi II (uji E2E)" }).click();
  await expectAccessible(ketua);
  expect(await ketua.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The signer reads the rendered letter first: a PDF preview, unnumbered and unsigned.
  const preview = await ketua.request.get(
    (await ketua.getByRole("link", { name: /Baca surat sebagai PDF/ }).getAttribute("href"))!,
  );
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("application/pdf");
  expect((await preview.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await ketua.getByLabel("Kata sandi akun Anda").fill("SiDilan-Demo-2026");
  await ketua.getByRole("button", { name: "Tandatangani secara elektronik" }).click();
  // Once signed, the form gives way to the signed letter's number and verification link.
  const done = ketua.getByRole("link", { name: /verifikasi SRT-/ });
  await expect(done).toBeVisible({ timeout: 30_000 });
  const code = /SRT-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await done.textContent()) ?? "")![0];
  await ketuaCtx.close();

  // 4. Staff send it: the addressee with e-mail receives the signed PDF.
  await staff.goto(url);
  await staff.getByRole("button", { name: "Kirim surat ke tujuan dan tembusan" }).click();
  await expect(staff.getByText("Surat dikirim: 1 lewat e-mail, 1 perlu dicetak.")).toBeVisible();
  const attachment = await mailTo(
    RECIPIENT,
    /Content-Type: application\/pdf[\s\S]*?filename="?(surat-[^"\s;]+\.pdf)/,
    60_000,
  );
  expect(attachment).toMatch(/^surat-000\.1\.5-\d{4}-DPRD-\d{4}\.pdf$/);
  // The file attached to the draft travels with the signed letter.
  expect(await mailTo(RECIPIENT, /filename="?(daftar-undangan\.pdf)/, 10_000)).toBe("daftar-undangan.pdf");

  const signedPdf = await (await staff.request.get(`/api/v1/surat/keluar/${url.split("/").pop()}/pdf`)).body();
  await staffCtx.close();

  // 5. A visitor verifies it, by its code and by uploading the file received.
  const visitorCtx = await browser.newContext();
  const visitor = await visitorCtx.newPage();
  await visitor.goto(`/verifikasi/${code}`);
  await expect(visitor.getByText("Dokumen asli — tercatat di Si Dilan")).toBeVisible();
  await expect(visitor.getByRole("heading", { name: "Undangan Rapat Kerja Komisi II (uji E2E)" })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.goto("/verifikasi");
  await visitor.locator("#berkas").setInputFiles({ name: "surat.pdf", mimeType: "application/pdf", buffer: signedPdf });
  await visitor.getByRole("button", { name: "Periksa dokumen" }).click();
  await expect(visitor.getByText(`Sama persis dengan surat ${code}`)).toBeVisible({ timeout: 30_000 });
  await expect(visitor.getByText("Dokumen asli", { exact: true })).toBeVisible();
  await expectAccessible(visitor);
  await visitorCtx.close();
});

test("E-Paper delegations: staff record a Plh. delegation, see it in force, and end it after confirming", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ storageState: AUTH.staff });
  const page = await ctx.newPage();
  await page.goto("/sekretariat/surat/epaper");
  await page.getByRole("link", { name: "Delegasi a.n./Plh." }).click();
  await expect(page.getByRole("heading", { name: "Delegasi tanda tangan" })).toBeVisible();
  await expectAccessible(page);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await page.getByLabel("Pejabat yang diwakili").selectOption({ label: "H. Abdul Rahman Saleh — Ketua DPRD" });
  await page.getByLabel("Pejabat yang mewakili").selectOption({ index: 2 });
  await page.getByLabel("Bentuk").selectOption("plh");
  await page.getByLabel("Keterangan (opsional)").fill("Uji E2E delegasi");
  await page.getByLabel("Mulai").fill(today);
  await page.getByLabel("Sampai").fill(today);
  await page.getByRole("button", { name: "Catat delegasi" }).click();
  await expect(page.getByText("Delegasi tercatat.")).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: "Uji E2E delegasi" });
  await expect(row.getByText("Berlaku")).toBeVisible();
  await row.getByRole("button", { name: "Akhiri" }).click();
  await expect(page.getByRole("dialog", { name: "Akhiri delegasi ini?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ya, akhiri" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Uji E2E delegasi" }).getByText("Diakhiri")).toBeVisible();
  await ctx.close();
});
