import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, type AccountName, PASSWORD, storageStateOf } from "./fixtures/accounts";
import { LoginPage } from "./fixtures/login-page";

// One real browser sign-in per demo account; the role specs reuse the saved sessions.
for (const [name, account] of Object.entries(ACCOUNTS)) {
  setup(`sign in as ${name}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(account.email, PASSWORD);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByText(account.building).first()).toBeVisible();
    await page.context().storageState({ path: storageStateOf(name as AccountName) });
  });
}
