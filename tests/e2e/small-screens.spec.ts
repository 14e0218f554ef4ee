import { expect, test, type Page } from "@playwright/test";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { OFFICE_NAV, PORTAL_NAV, type NavItem } from "@/lib/navigation";
import { AUTH, expectAccessible, waitForHydration } from "./helpers";

/**
 * Every page a person reaches from their navigation, on a 360 px phone: no sideways scrolling and no
 * serious or critical axe violations. Public pages for everyone, then each role's own menu.
 */
const PUBLIC = [
  "/",
  "/aspirasi",
  "/aspirasi/kirim",
  "/lacak",
  "/statistik",
  "/pokir",
  "/pokir/usul",
  "/risalah",
  "/verifikasi",
  "/privasi",
  "/data-saya",
  "/masuk",
  "/anggota",
  "/wakil-saya",
  "/data",
  "/data/cara-menghitung",
];

const allowed = (items: NavItem[], role: "member" | "staff" | "admin") =>
  items
    .filter(
      (i) =>
        i.ready && (!i.permission || (PERMISSIONS[i.permission as Permission] as readonly string[]).includes(role)),
    )
    .map((i) => i.href);

async function checkPage(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} overflows by ${overflow}px at 360 px`).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

const roles = [
  { name: "public", storage: undefined, pages: PUBLIC },
  { name: "member", storage: AUTH.memberDapil1, pages: allowed(PORTAL_NAV, "member") },
  { name: "staff", storage: AUTH.staff, pages: allowed(OFFICE_NAV, "staff") },
  { name: "admin", storage: AUTH.admin, pages: allowed(OFFICE_NAV, "admin") },
] as const;

for (const role of roles) {
  test.describe(`360 px: ${role.name}`, () => {
    test.use({ viewport: { width: 360, height: 740 }, ...(role.storage ? { storageState: role.storage } : {}) });
    for (const path of role.pages) {
      test(path, async ({ page }) => {
        await checkPage(page, path);
      });
    }
  });
}

test.describe("360 px: a public form's first tap", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  // The anti-spam widget's script is imported on the first pointerdown, focus or key. The space it takes
  // is held before then, so a first tap on the submit button does not see it move away between the
  // press and the release (the click would then land beside it).
  for (const path of ["/aspirasi/kirim", "/pokir/usul"]) {
    test(`${path}: the submit button stays put when the anti-spam widget arrives`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page, "form:has([name=title])");
      const submit = page.locator("form:has([name=title]) button[type=submit]");
      const before = await submit.boundingBox();
      await page.locator("[name=title]").focus();
      await page.waitForFunction(() => customElements.get("altcha-widget") !== undefined);
      await expect(page.getByText("Saya bukan robot")).toBeVisible();
      expect((await submit.boundingBox())?.y).toBe(before?.y);
    });
  }
});
