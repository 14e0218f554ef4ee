import { expect, test, type Page } from "@playwright/test";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import sharp from "sharp";
import { MAX_FILE_BYTES } from "@/lib/attachments/limits";
import { pauseLikeAPerson } from "./helpers";

/**
 * Public forms before JavaScript has loaded, or without it: every form posts to its server action
 * (never a GET with personal data in the URL), errors come back beside the fields with the typed
 * values, and a valid post ends on the confirmation with its tracking code. Then phone-sized
 * photos (8.7 MB) through the form and the API, and the 413 past the limit.
 */

const NAME = "Rina Wulandari";
const PHONE = "081234567890";
const EMAIL = "rina.nojs@contoh.id";
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** A real JPEG of about 8.7 MB (noise does not compress), as a phone camera makes. */
let bigJpeg: Buffer | null = null;
async function photo87(): Promise<Buffer> {
  if (bigJpeg) return bigJpeg;
  let side = 2600;
  for (let i = 0; i < 8; i++) {
    const raw = Buffer.alloc(side * side * 3);
    for (let j = 0; j < raw.length; j++) raw[j] = (Math.random() * 256) | 0;
    const jpg = await sharp(raw, { raw: { width: side, height: side, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer();
    if (jpg.length > 8_400_000 && jpg.length < 9_200_000) return (bigJpeg = jpg);
    side = Math.round(side * Math.sqrt(8_700_000 / jpg.length));
  }
  throw new Error("could not make an 8.7 MB JPEG");
}

function expectNoPersonalDataInUrl(page: Page) {
  const url = decodeURIComponent(page.url());
  for (const s of [NAME, "Rina", PHONE, EMAIL, "rina.nojs"]) expect(url).not.toContain(s);
}

async function fillAspiration(page: Page, over: { title?: string; email?: string; js?: boolean } = {}) {
  await page.getByLabel("Judul").fill(over.title ?? "Lampu jalan mati di Jalan Sungai Nangka");
  await page
    .getByLabel("Uraian")
    .fill("Lampu penerangan jalan mati sejak dua minggu, jalan gelap dan rawan kecelakaan malam hari.");
  await page.getByLabel("Kategori").selectOption({ label: "Infrastruktur" });
  await page.getByRole("combobox", { name: "Kecamatan" }).selectOption({ label: "Balikpapan Selatan" });
  // Without JavaScript the kecamatan cannot filter the list: every kelurahan is offered with its kecamatan.
  await page
    .getByRole("combobox", { name: "Kelurahan" })
    .selectOption({ label: over.js ? "Sungai Nangka" : "Sungai Nangka (Kec. Balikpapan Selatan)" });
  await page.getByRole("textbox", { name: "Nama", exact: true }).fill(NAME);
  await page.getByLabel("Nomor WhatsApp/telepon").fill(PHONE);
  await page.getByLabel("Email").fill(over.email ?? EMAIL);
  await page.getByRole("checkbox", { name: /Saya menyetujui/ }).check();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("aspiration: errors beside the fields with the typed values, nothing in the URL; then the tracking code", async ({
    page,
  }) => {
    await page.goto("/aspirasi/kirim");
    await expect(page.getByText(/JavaScript di peramban Anda mati/)).toBeVisible();
    await fillAspiration(page, { title: "abc", email: "bukan-email" });
    await pauseLikeAPerson(page);
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    await expect(page.getByText("Judul minimal 5 karakter.")).toBeVisible();
    await expect(page.getByText(/Alamat email tidak valid/)).toBeVisible();
    expectNoPersonalDataInUrl(page);
    await expect(page).toHaveURL(/\/aspirasi\/kirim$/);
    await expect(page.getByLabel("Judul")).toHaveValue("abc");
    await expect(page.getByRole("textbox", { name: "Nama", exact: true })).toHaveValue(NAME);
    await expect(page.getByLabel("Nomor WhatsApp/telepon")).toHaveValue(PHONE);
    await expect(page.getByLabel("Uraian")).toHaveValue(/Lampu penerangan jalan mati/);
    await expect(page.getByRole("combobox", { name: "Kelurahan" }).locator("option:checked")).toHaveText(
      "Sungai Nangka (Kec. Balikpapan Selatan)",
    );
    await expect(page.getByRole("checkbox", { name: /Saya menyetujui/ })).toBeChecked();

    await page.getByLabel("Judul").fill("Lampu jalan mati di Jalan Sungai Nangka");
    await page.getByLabel("Email").fill(EMAIL);
    await pauseLikeAPerson(page);
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    await expect(page).toHaveURL(/\/aspirasi\/terkirim\?kode=ASP-/);
    expectNoPersonalDataInUrl(page);
    await expect(page.locator("#kode-lacak")).toHaveText(/^ASP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  });

  test("aspiration: two 8.7 MB phone photos go up raw and arrive", async ({ page }) => {
    // Re-encoding two 7-megapixel noise images (no real photo is this hard) is slow on a shared machine.
    test.setTimeout(240_000);
    const jpg = await photo87();
    expect(jpg.length).toBeLessThan(MAX_FILE_BYTES);
    await page.goto("/aspirasi/kirim");
    await fillAspiration(page);
    await page.getByLabel(/Lampiran/).setInputFiles([
      { name: "foto1.jpg", mimeType: "image/jpeg", buffer: jpg },
      { name: "foto2.jpg", mimeType: "image/jpeg", buffer: jpg },
    ]);
    await pauseLikeAPerson(page);
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    await expect(page).toHaveURL(/\/aspirasi\/terkirim\?kode=ASP-/, { timeout: 200_000 });
  });

  test("pokir: a negative (Balikpapan) latitude is fine, errors keep the values; then the tracking code", async ({
    page,
  }) => {
    await page.goto("/pokir/usul");
    await page.getByLabel("Judul usulan").fill("Drainase tersumbat di Gang Bersama");
    await page.getByLabel("Permasalahan").fill("Saluran tersumbat sampah, air meluap ke rumah warga saat hujan.");
    await page.getByLabel("Usulan kegiatan").fill("Normalisasi saluran dan pemasangan penutup sepanjang 150 meter.");
    await page.getByLabel("Kelurahan").selectOption({ label: "Prapatan (Kec. Balikpapan Kota)" });
    await page.locator("#rt").fill("07");
    await page.getByLabel("Alamat lokasi").fill("Jl. Prapatan Dalam Gg. Bersama No. 5");
    await page.locator("#latitude").fill("-1.2379");
    await page.locator("#longitude").fill("116.8529");
    await page.locator("#volume").fill("150");
    await page.getByLabel("Satuan").fill("meter");
    await page.getByLabel("Nama pengusul").fill(NAME);
    await page.getByLabel("Nomor WhatsApp").fill(PHONE);
    // No consent and no photo: refused, with the values kept.
    await expect(page.getByRole("button", { name: "Gunakan lokasi saya" })).toHaveCount(0);
    await pauseLikeAPerson(page);
    await page.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(page.locator("#consent-error")).toBeVisible();
    await expect(page.getByText(/tidak boleh negatif/)).toHaveCount(0);
    expectNoPersonalDataInUrl(page);
    await expect(page.locator("#latitude")).toHaveValue("-1.2379");
    await expect(page.getByLabel("Nama pengusul")).toHaveValue(NAME);
    await expect(page.getByLabel("Kelurahan").locator("option:checked")).toHaveText("Prapatan (Kec. Balikpapan Kota)");

    await page.getByLabel(/Saya setuju data pribadi/).check();
    await page.getByLabel(/Foto lokasi/).setInputFiles({ name: "lokasi.png", mimeType: "image/png", buffer: PNG });
    await pauseLikeAPerson(page);
    await page.getByRole("button", { name: "Kirim usulan" }).click();
    await expect(page).toHaveURL(/\/pokir\/usul\/terkirim/);
    expectNoPersonalDataInUrl(page);
    await expect(page.getByTestId("kode-lacak")).toHaveText(/^POK-/);
  });

  test("data-saya and verifikasi post to their actions; /lacak stays a GET carrying only the code", async ({
    page,
  }) => {
    await page.goto("/data-saya");
    await page.getByLabel("Kode pelacakan").fill("ASP-ZZZZ-ZZZZ");
    await page.getByRole("button", { name: "Kirim kode sekali pakai" }).click();
    await expect(page).toHaveURL(/\/data-saya$/);
    await expect(page.getByLabel("Kode pelacakan")).toHaveValue("ASP-ZZZZ-ZZZZ");

    await page.goto("/verifikasi");
    await page
      .getByLabel("Berkas PDF risalah")
      .setInputFiles({ name: "bukan.pdf", mimeType: "application/pdf", buffer: PNG });
    await page.getByRole("button", { name: "Periksa dokumen" }).click();
    await expect(page).toHaveURL(/\/verifikasi$/);
    await expect(page.locator("#berkas-error, [role=alert], .text-red-700").first()).toBeVisible();

    await page.goto("/lacak");
    await page.getByLabel("Kode lacak").fill("ASP-ZZZZ-ZZZZ");
    await page.getByRole("button", { name: "Lacak" }).click();
    expect(new URL(page.url()).search).toBe("?kode=ASP-ZZZZ-ZZZZ");
  });
});

test.describe("photos from a phone", () => {
  test("with JavaScript an 8.7 MB photo is downscaled in the browser and the aspiration arrives", async ({ page }) => {
    const jpg = await photo87();
    await page.goto("/aspirasi/kirim");
    await fillAspiration(page, { js: true });
    await page.getByLabel(/Lampiran/).setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: jpg });
    await expect(page.locator("altcha-widget input[name=altcha]")).toHaveValue(/.{20,}/, { timeout: 30_000 });
    await pauseLikeAPerson(page);
    await page.getByRole("button", { name: "Kirim aspirasi" }).click();
    await expect(page).toHaveURL(/\/aspirasi\/terkirim\?kode=ASP-/, { timeout: 60_000 });
  });

  test("the API takes an 8.7 MB JPEG as base64 JSON (201) and answers 413 in Indonesian past the limit", async ({
    request,
  }) => {
    const jpg = await photo87();
    const challenge = await (await request.get("/api/v1/aspirasi/tantangan")).json();
    const solution = await solveChallenge({ challenge, deriveKey });
    const altcha = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    const body = {
      title: "Jembatan kayu lapuk di RT 05",
      body: "Papan jembatan kayu lapuk dan berlubang, berbahaya bagi anak sekolah yang melintas.",
      category: "infrastruktur",
      citywide: true,
      anonymous: true,
      consent: true,
      altcha,
      lampiran: [{ name: "foto.jpg", contentBase64: jpg.toString("base64") }],
    };
    const ok = await request.post("/api/v1/aspirasi", { data: body, timeout: 60_000 });
    expect(ok.status(), await ok.text()).toBe(201);
    expect((await ok.json()).trackingCode).toMatch(/^ASP-/);

    const many = Array.from({ length: 8 }, (_, i) => ({ name: `f${i}.jpg`, contentBase64: jpg.toString("base64") }));
    const tooBig = await request.post("/api/v1/aspirasi", { data: { ...body, lampiran: many }, timeout: 60_000 });
    expect(tooBig.status()).toBe(413);
    const err = (await tooBig.json()).error;
    expect(err.code).toBe("payload_too_large");
    expect(err.message).toMatch(/terlalu besar/);
    expect(err.message).not.toMatch(/bukan JSON/);
  });
});
