import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, AUTH, login } from "./helpers";

for (const role of Object.keys(AUTH) as (keyof typeof AUTH)[]) {
  setup(`log in as ${role}`, async ({ page }) => {
    await login(page, ACCOUNTS[role]);
    await expect(page).toHaveURL(role.startsWith("member") ? /\/portal/ : /\/sekretariat/);
    await page.context().storageState({ path: AUTH[role] });
  });
}
