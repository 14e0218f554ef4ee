import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers";

/**
 * "Siapa wakil saya?" and the member profiles on a 360 px phone: a citizen finds their
 * representatives from a kelurahan (with and without JavaScript), opens a profile whose figures
 * carry their denominators, and the new public pages pass axe. Screenshots go to test-results/.
 */
test.use({ viewport: { width: 360, height: 740 } });

async function noOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("without JavaScript: kelurahan → dapil → members → profile", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/wakil-saya");
  await page.getByRole("combobox", { name: "Kelurahan" }).selectOption({ label: "Klandasan Ilir" });
  await page.getByRole("button", { name: "Cari wakil saya" }).click();
  await expect(page).toHaveURL(/kelurahan=klandasan-ilir/);
  await expect(page.getByRole("heading", { name: /Balikpapan 1: Kecamatan Balikpapan Kota/ })).toBeVisible();
  await expect(page.getByText("Kelurahan Klandasan Ilir termasuk Balikpapan 1.")).toBeVisible();
  const members = page.locator("#hasil li");
  expect(await members.count()).toBe(5);
  await noOverflow(page);
  await page.screenshot({ path: "test-results/members-wakil-saya-nojs.png", fullPage: true });
  const send = page.getByRole("link", { name: "Kirim aspirasi ke Balikpapan 1" });
  await expect(send).toHaveAttribute("href", /\/aspirasi\/kirim\?kelurahan=\d+/);
  await members.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 2, name: "Kehadiran rapat" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cara menghitung" }).first()).toBeVisible();
  await noOverflow(page);
  await context.close();
});

test("with JavaScript: tap a kelurahan on the map, then send an aspiration with it prefilled", async ({ page }) => {
  await page.goto("/wakil-saya");
  await page.getByRole("link", { name: /Pilih Kelurahan Sepinggan,/ }).click();
  await expect(page.getByRole("heading", { name: /Kecamatan Balikpapan Selatan/ })).toBeVisible();
  await page.getByRole("link", { name: /Kirim aspirasi ke/ }).click();
  await expect(page).toHaveURL(/\/aspirasi\/kirim\?kelurahan=\d+/);
  await expect(page.locator('select[name="kelurahan"] option:checked')).toHaveText(/Sepinggan/);
});

test("the maps draw from the cached boundary sprite: every shape resolves, the page carries no path data", async ({
  page,
  request,
}) => {
  const res = await page.goto("/statistik");
  const html = await res!.text();
  // The map's shapes are <use> references into the sprite: no <path> inside the map, and the page's only
  // paths are the header's emblem (4).
  const map = /<svg[^>]*aria-labelledby="peta-aspirasi-t"[\s\S]*?<\/svg>/.exec(html);
  expect(map, "the map is in the HTML").not.toBeNull();
  expect(map![0]).toContain("<use");
  expect(map![0]).not.toMatch(/<path\b/);
  expect(html.match(/<path\b/g)?.length ?? 0).toBeLessThanOrEqual(4);
  const hrefs = await page
    .locator("svg[aria-labelledby='peta-aspirasi-t'] use")
    .evaluateAll((uses) => uses.map((u) => u.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(34); // 34 kelurahan + 6 kecamatan outlines
  const spriteUrl = hrefs[0].split("#")[0];
  const sprite = await request.get(spriteUrl);
  expect(sprite.status()).toBe(200);
  expect(sprite.headers()["cache-control"]).toContain("immutable");
  const svg = await sprite.text();
  for (const h of hrefs) expect(svg, h).toContain(`id="${h.split("#")[1]}"`);
  const again = await request.get(spriteUrl, { headers: { "if-none-match": sprite.headers()["etag"] } });
  expect(again.status()).toBe(304);
  // Drawn: a kelurahan has a real size on screen once the sprite has loaded.
  const box = await page.locator("svg[aria-labelledby='peta-aspirasi-t'] use").first().boundingBox();
  expect(box!.width).toBeGreaterThan(5);
  expect(box!.height).toBeGreaterThan(5);
});

test("the member list filters by dapil without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/anggota");
  await expect(page.getByText("45 anggota.")).toBeVisible();
  await page.getByRole("combobox", { name: "Dapil" }).selectOption({ label: "Balikpapan 4" });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page.getByText("11 anggota sesuai saringan.")).toBeVisible();
  await context.close();
});

test("the new public pages pass axe at 360 px (screenshots kept)", async ({ page }) => {
  await page.goto("/anggota");
  const href = await page.locator("main li a").first().getAttribute("href");
  for (const [name, path] of [
    ["anggota", "/anggota"],
    ["profil", href!],
    ["wakil-saya", "/wakil-saya?kelurahan=sepinggan"],
    ["data", "/data"],
    ["cara-menghitung", "/data/cara-menghitung"],
    ["statistik", "/statistik"],
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await noOverflow(page);
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/members-${name}.png`, fullPage: true });
  }
});

test("API and open data give the same figures; an unknown slug is a 404", async ({ request }) => {
  const list = await request.get("/api/v1/anggota");
  expect(list.status()).toBe(200);
  const { items } = await list.json();
  expect(items).toHaveLength(45);
  const one = await request.get(`/api/v1/anggota/${items[0].member.slug}`);
  expect((await one.json()).attendance.all.year.total).toBe(items[0].attendance.all.year.total);
  expect((await request.get("/api/v1/anggota/tidak-ada")).status()).toBe(404);
  expect((await request.get("/api/v1/anggota/%3Cscript%3E")).status()).toBe(404);
  const csv = await request.get("/data/anggota.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(46);
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/anggota", "/api/v1/anggota/{slug}"]));
});
