import { expect, test } from "@playwright/test";
import { AUTH } from "./helpers";

/**
 * Ids that are not ids (not a UUID, too large, made of symbols) reaching any detail page or API
 * route answer 404 (or a 4xx for the API), never a 500 or the "gangguan" page.
 */
const BAD = ["bukan-uuid", "123", "00000000-0000-0000-0000-00000000000g", "%27%20or%201%3D1--", "99999999999999999999"];

const PAGES: Record<keyof typeof AUTH | "public", string[]> = {
  public: ["/data-saya/{id}", "/verifikasi/{id}", "/risalah/{id}", "/lacak?kode={id}"],
  staff: [
    "/sekretariat/aspirasi/{id}",
    "/sekretariat/pokir/{id}",
    "/sekretariat/surat/masuk/{id}",
    "/sekretariat/surat/masuk/{id}/koreksi",
    "/sekretariat/surat/keluar/{id}",
    "/sekretariat/surat/keluar/{id}/ubah",
    "/sekretariat/surat/keluar/cadangan/{id}",
    "/sekretariat/risalah/{id}",
    "/sekretariat/risalah/{id}/ubah",
    "/sekretariat/risalah/{id}/versi",
    "/sekretariat/risalah/{id}/notulen",
    "/sekretariat/risalah/{id}/kehadiran",
    "/sekretariat/disposisi/{id}",
  ],
  admin: ["/sekretariat/pengguna/{id}", "/sekretariat/risalah/jenis/{id}"],
  memberDapil1: [
    "/portal/aspirasi/{id}",
    "/portal/pokir/{id}",
    "/portal/disposisi/{id}",
    "/portal/rapat/{id}",
    "/portal/reses/{id}",
  ],
  memberDapil2: [],
};

const API = [
  "/api/v1/aspirasi/{id}",
  "/api/v1/pokir/{id}",
  "/api/v1/surat/masuk/{id}",
  "/api/v1/surat/masuk/{id}/lembar-disposisi",
  "/api/v1/surat/keluar/{id}",
  "/api/v1/lampiran/{id}",
  "/api/v1/risalah/{id}/pdf",
];

for (const [role, pages] of Object.entries(PAGES)) {
  if (pages.length === 0) continue;
  test.describe(`bad ids as ${role}`, () => {
    if (role !== "public") test.use({ storageState: AUTH[role as keyof typeof AUTH] });
    for (const path of pages) {
      test(`${path} answers 404`, async ({ page }) => {
        for (const id of BAD) {
          const url = path.replace("{id}", id);
          const res = await page.goto(url);
          const status = res?.status() ?? 0;
          // A look-up form (/lacak) answers 200 with "not found" text; everything else 404.
          if (url.startsWith("/lacak")) expect.soft(status, url).toBe(200);
          else expect.soft(status, url).toBe(404);
          await expect.soft(page.getByText(/gangguan/i), url).toHaveCount(0);
        }
      });
    }
  });
}

test.describe("bad ids through the API", () => {
  test.use({ storageState: AUTH.staff });
  test("every id route answers a 4xx, never a 5xx", async ({ request }) => {
    for (const path of API) {
      for (const id of BAD) {
        const res = await request.get(path.replace("{id}", id));
        expect(res.status(), path.replace("{id}", id)).toBeGreaterThanOrEqual(400);
        expect(res.status(), path.replace("{id}", id)).toBeLessThan(500);
      }
    }
  });
});

test.describe("bad numbers in list filters", () => {
  const HUGE = "99999999999999999999";
  const LISTS: [keyof typeof AUTH | "public", string][] = [
    ["public", `/risalah?jenis=${HUGE}&tahun=${HUGE}&hal=${HUGE}`],
    ["public", `/aspirasi?kecamatan=${HUGE}&kategori=${HUGE}&hal=${HUGE}`],
    ["staff", `/sekretariat/pokir?periode=${HUGE}&dapil=${HUGE}&opd=${HUGE}&bidang=${HUGE}&hal=${HUGE}`],
    ["staff", `/sekretariat/risalah?jenis=${HUGE}&hal=${HUGE}`],
    ["staff", `/sekretariat/audit?hal=${HUGE}`],
    ["staff", `/sekretariat/outbox?hal=${HUGE}`],
    ["memberDapil1", `/portal/pokir?periode=${HUGE}`],
    ["memberDapil1", `/portal/kotak-masuk?kelurahan=${HUGE}&periode=${HUGE}&bidang=${HUGE}`],
  ];
  for (const [role, url] of LISTS) {
    test(`${role} ${url.split("?")[0]}`, async ({ browser }) => {
      const context = await browser.newContext(role === "public" ? {} : { storageState: AUTH[role] });
      const page = await context.newPage();
      const res = await page.goto(url);
      expect(res?.status(), url).toBeLessThan(500);
      await expect(page.getByText(/gangguan/i)).toHaveCount(0);
      await context.close();
    });
  }
});
