import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

const fresh = { storageState: { cookies: [], origins: [] } };

/** A hostile callbackUrl on the login page never takes a real login in Chromium to another site. */
for (const callbackUrl of [
  "/\\evil.example/x",
  "/\t/evil.example",
  "//evil.example",
  "https://evil.example/x",
  "/.//evil.example",
]) {
  test(`login with callbackUrl ${JSON.stringify(callbackUrl)} ends on this site`, async ({ browser, baseURL }) => {
    const ctx = await browser.newContext(fresh);
    const page = await ctx.newPage();
    // Any request to the other site would be a failed redirect: refuse it so the test never leaves the machine.
    await ctx.route(
      (url) => url.hostname.endsWith("evil.example"),
      (route) => route.abort(),
    );
    await page.goto(`/masuk?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill("staf.persidangan@sidilan.test");
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page).toHaveURL(/\/sekretariat/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await ctx.close();
  });
}

test("login returns to a same-site callbackUrl in the user's area", async ({ browser }) => {
  const ctx = await browser.newContext(fresh);
  const page = await ctx.newPage();
  await page.goto(`/masuk?callbackUrl=${encodeURIComponent("/sekretariat/surat/masuk")}`);
  await page.getByLabel("Email").fill("staf.persidangan@sidilan.test");
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/sekretariat\/surat\/masuk$/);
  await ctx.close();
});
