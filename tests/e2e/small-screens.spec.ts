import { expect, test, type Page } from "@playwright/test";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { OFFICE_NAV, PORTAL_NAV, type NavItem } from "@/lib/navigation";
import { AUTH, expectAccessible } from "./helpers";

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
