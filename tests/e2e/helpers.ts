import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "SiDilan-Demo-2026";

/** Storage-state files saved by auth.setup.ts, one per demo role. */
export const AUTH = {
  admin: "playwright/.auth/admin.json",
  staff: "playwright/.auth/staff.json",
  memberDapil1: "playwright/.auth/member-dapil1.json",
  memberDapil2: "playwright/.auth/member-dapil2.json",
} as const;

export const ACCOUNTS: Record<keyof typeof AUTH, string> = {
  admin: "admin@sidilan.test",
  staff: "staf.umum@sidilan.test",
  memberDapil1: "anggota.dapil1@sidilan.test",
  memberDapil2: "anggota.dapil2@sidilan.test",
};

/** Log in through the form. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

/**
 * Assert no serious or critical axe violations on the current page. After a client-side navigation (a
 * server action that redirects) Next streams the new page's <title> in after its content, so axe waits
 * for the title first instead of catching the moment between the two.
 */
export async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * Wait for an e-mail to `to` in the e2e server's SMTP sink (scripts/e2e-server.mjs) whose raw text
 * matches `pattern`; returns the first capture group (or the whole match). Quoted-printable soft line
 * breaks are undone first.
 */
export async function mailTo(to: string, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const { readFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const file = join(tmpdir(), `sidilan-e2e-mailbox-${process.env.E2E_PORT || 3200}.jsonl`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
    for (const line of lines.reverse()) {
      const m = JSON.parse(line) as { to: string[]; raw: string };
      if (!m.to.includes(to)) continue;
      const text = m.raw.replace(/=\r?\n/g, "");
      const found = pattern.exec(text);
      if (found) return found[1] ?? found[0];
    }
    if (Date.now() > deadline) throw new Error(`no e-mail to ${to} matching ${pattern}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Wait until React has hydrated the element matched by `selector` (it carries React's own props then).
 * For tests of what a hydrated page does; a click before this goes to the browser's own form handling.
 */
export async function waitForHydration(page: Page, selector = "form") {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return !!el && Object.keys(el).some((k) => k.startsWith("__reactProps$"));
    },
    selector,
    { timeout: 30_000 },
  );
}

/**
 * Wait as long as a person would before sending a public form. The e2e server refuses a form sent within
 * ASPIRATION_MIN_FILL_SECONDS (1 s, scripts/e2e-server.mjs) of the page's render, as it refuses a bot; a test
 * that fills the fields and the challenge faster than that on a fast machine would read "Formulir dikirim
 * terlalu cepat". `shownAt` is when the page was loaded (after `goto`); without it the pause is a whole 1.5 s.
 */
export async function pauseLikeAPerson(page: Page, shownAt?: number) {
  await page.waitForTimeout(shownAt === undefined ? 1_500 : Math.max(0, 1_500 - (Date.now() - shownAt)));
}
