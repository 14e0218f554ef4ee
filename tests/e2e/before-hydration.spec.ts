import { expect, test, type Page } from "@playwright/test";
import { AUTH, waitForHydration } from "./helpers";

/**
 * On a slow phone the HTML arrives long before the JavaScript: people type and choose in between.
 * React keeps what the DOM holds while it hydrates, but its state still holds the server's values, so
 * a controlled field or a list derived from that state used to lose the user's input at the next
 * render. These tests hold the page's scripts back, fill the form, let the scripts in, and check that
 * nothing was lost (or, for forms that only work with JavaScript, that nothing could be typed).
 */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function holdScripts(page: Page): Promise<() => Promise<void>> {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await gate;
    await route.continue();
  });
  return async () => {
    open();
  };
}

async function gotoHeld(page: Page, url: string, hydrated = "form") {
  const release = await holdScripts(page);
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return async () => {
    await release();
    await waitForHydration(page, hydrated);
  };
}

test.describe("typed before hydration: public forms", () => {
  test("aspiration form keeps a kelurahan, the anonymous choice and the title chosen before hydration", async ({
    page,
  }) => {
    const hydrate = await gotoHeld(page, "/aspirasi/kirim", "form:has([name=title])");
    await page.getByLabel("Judul").fill("Lampu jalan padam di depan sekolah");
    const kec = page.getByLabel("Kecamatan");
    await kec.selectOption({ index: 1 });
    const kecName = (await kec.locator("option:checked").textContent())!.trim();
    await page.getByLabel("Uraian").fill("Sudah dua minggu lampu padam, anak-anak pulang les dalam gelap.");
    const kel = page.getByRole("combobox", { name: "Kelurahan" });
    const kelValue = await kel
      .locator("option", { hasText: `(Kec. ${kecName})` })
      .first()
      .getAttribute("value");
    await kel.selectOption(kelValue!);
    await page.getByLabel("Kirim sebagai anonim").check();
    await hydrate();
    // A render after hydration (typing in another field) must not undo any of it.
    await page.getByLabel("Detail alamat (opsional)").fill("Jl. Soekarno-Hatta km 3");
    await expect(page.getByLabel("Judul")).toHaveValue("Lampu jalan padam di depan sekolah");
    await expect(page.getByLabel("Uraian")).toHaveValue(/^Sudah dua minggu/);
    await expect(kel).toBeEnabled();
    await expect(kel).toHaveValue(kelValue!);
    await expect(page.getByLabel("Kirim sebagai anonim")).toBeChecked();
    await expect(page.getByLabel("Nama", { exact: true })).toHaveCount(0);
  });

  test("pokir proposal form counts a photo and a volume given before hydration in its checklist", async ({ page }) => {
    const hydrate = await gotoHeld(page, "/pokir/usul", "form:has([name=title])");
    await page.getByLabel("Volume").fill("200");
    await page.getByLabel("Satuan").fill("meter");
    await page.getByLabel(/Foto lokasi/).setInputFiles({ name: "lokasi.png", mimeType: "image/png", buffer: PNG });
    await hydrate();
    await page.getByLabel("Judul usulan").fill("Perbaikan drainase Gang Melati");
    const checklist = page.getByRole("region", { name: "Kelengkapan untuk SIPD" });
    await expect(checklist.getByText("Volume dengan satuan")).toContainText("sudah lengkap");
    await expect(checklist.getByText("Minimal satu foto lokasi")).toContainText("sudah lengkap");
  });

  test("login form keeps a password typed before hydration through a refused attempt", async ({ page }) => {
    const hydrate = await gotoHeld(page, "/masuk");
    // An address no account has: no real account's failed-login count goes up.
    await page.getByLabel("Email").fill("belum.terdaftar@sidilan.test");
    await page.getByLabel("Kata sandi").fill("bukan-kata-sandinya-1");
    await hydrate();
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByText("Email atau kata sandi salah")).toBeVisible();
    await expect(page.getByLabel("Kata sandi")).toHaveValue("bukan-kata-sandinya-1");
  });
});

test.describe("typed before hydration: office forms", () => {
  test.use({ storageState: AUTH.admin });

  test("new account: the member role chosen before hydration shows the membership fields", async ({ page }) => {
    const hydrate = await gotoHeld(page, "/sekretariat/pengguna/baru");
    await page.getByLabel("Peran").selectOption("member");
    await hydrate();
    await page.getByLabel("Nama lengkap").fill("Uji Hidrasi");
    await expect(page.getByLabel("Peran")).toHaveValue("member");
    await expect(page.getByRole("group", { name: "Keanggotaan DPRD" })).toBeVisible();
  });

  test("new meeting type: a komisi body chosen before hydration asks for the komisi", async ({ page }) => {
    const hydrate = await gotoHeld(page, "/sekretariat/risalah/jenis/baru");
    await page.getByLabel("Keanggotaan badan rapat").selectOption("komisi");
    await hydrate();
    await page.getByLabel("Nama jenis rapat").fill("Rapat Uji Hidrasi");
    await expect(page.getByLabel("Keanggotaan badan rapat")).toHaveValue("komisi");
    await expect(page.getByRole("combobox", { name: "Komisi", exact: true })).toBeVisible();
    await expect(page.getByRole("group", { name: "Anggota badan" })).toHaveCount(0);
  });

  test("new register: a number format typed before hydration stays and drives the preview", async ({ page }) => {
    const hydrate = await gotoHeld(page, "/sekretariat/surat/pengaturan");
    await page.locator("#reg-new-format").fill("{nomor}/{unit}/{tahun}");
    await page.locator("#reg-new-unit").fill("SETWAN");
    await hydrate();
    await page.locator("#reg-new-width").fill("3");
    await expect(page.locator("#reg-new-format")).toHaveValue("{nomor}/{unit}/{tahun}");
    await expect(page.locator("#reg-new-unit")).toHaveValue("SETWAN");
    const form = page.locator("form", { has: page.locator("#reg-new-unit") });
    await expect(form.getByText("Contoh nomor berikutnya:").locator("span")).toHaveText(/^\d{3}\/SETWAN\/\d{4}$/);
  });

  test("outgoing letter: a classification code typed before hydration is recognised", async ({ page }) => {
    const hydrate = await gotoHeld(page, "/sekretariat/surat/keluar/baru");
    const code = page.getByRole("combobox", { name: /Kode klasifikasi/ });
    await code.fill("000.1.5");
    await hydrate();
    await expect(code).toHaveValue("000.1.5");
    await expect(page.getByText(/^000\.1\.5 — /)).toBeVisible();
  });

  test("a form that needs JavaScript (the meeting form) stays closed until it runs", async ({ page }) => {
    const hydrate = await gotoHeld(page, "/sekretariat/risalah/baru");
    await expect(page.getByLabel("Tempat")).toBeDisabled();
    await hydrate();
    await expect(page.getByLabel("Tempat")).toBeEnabled();
  });
});
