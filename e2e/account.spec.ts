import { type Browser, expect, type Page, test } from "@playwright/test";
import { CATALOGS } from "../messages/catalogs.generated";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { LoginPage } from "./fixtures/login-page";

/**
 * Account self-service (issue 14, item 5, and L11): forgot password by an emailed link read from the outbox,
 * change password, sign out of all devices. Every change here ends sessions, so the spec works on a person of
 * its own (invited by the manager), never on the shared demo accounts other specs are signed in as.
 */
test.describe("account self-service", () => {
  test.use({ storageState: storageStateOf("harborManager") });

  const signedOut = async (browser: Browser) =>
    (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();

  /** The newest link to `path` in the email with `subject` to `to`, read in the manager's outbox. */
  async function linkFromOutbox(manager: Page, to: string, subject: string, path: string): Promise<string> {
    await manager.goto("/manager/outbox");
    const mail = manager.getByRole("article").filter({ hasText: to }).filter({ hasText: subject }).first();
    await mail.locator("summary").click();
    const href = await mail.getByRole("link", { name: new RegExp(path) }).getAttribute("href");
    expect(href).toBeTruthy();
    return new URL(href ?? "").pathname;
  }

  // each of these waits on a password being hashed or checked (scrypt at N=2^17: deliberately slow, seconds on a
  // loaded CI machine), so they allow longer than the default
  const PASSWORD_WORK = { timeout: 20_000 };

  async function signIn(page: Page, email: string, password: string) {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(email, password);
    await expect(page).toHaveURL(/\/resident$/, PASSWORD_WORK);
  }

  test("forgot password by the emailed link; change password; sign out of all devices", async ({
    page,
    browser,
  }) => {
    // several browsers and axe runs on a shared machine
    test.setTimeout(180_000);
    const email = `e2e-account-${Date.now()}@invitee.example`;
    const first = "the first password 1";
    const second = "the second password 2";
    const third = "the third password 3";

    // a person of our own: invited by the manager, accepted from the outbox
    await page.goto("/manager/people");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Send invitation" }) });
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("Ada Account");
    await form.getByLabel("Role").selectOption("resident");
    await form.getByLabel("Unit").selectOption({ index: 1 });
    await form.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
    const invite = await linkFromOutbox(page, email, "You are invited", "/invite/");
    const phone = await signedOut(browser);
    await phone.goto(invite);
    await phone.locator('input[name="password"]').fill(first);
    await phone.locator('input[name="confirm"]').fill(first);
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(phone).toHaveURL(/\/resident$/, PASSWORD_WORK);

    // change password on a laptop: reachable from the header, refused with a wrong current password
    const laptop = await signedOut(browser);
    await signIn(laptop, email, first);
    await laptop.getByRole("link", { name: "Account" }).first().click();
    await expect(laptop).toHaveURL(/\/account$/);
    await expect(laptop.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expectAccessible(laptop);
    const pw = laptop
      .locator("form")
      .filter({ has: laptop.getByRole("button", { name: "Change password" }) });
    await pw.locator('input[name="currentPassword"]').fill("not my password");
    await pw.locator('input[name="password"]').fill(second);
    await pw.locator('input[name="confirm"]').fill(second);
    await pw.getByRole("button", { name: "Change password" }).click();
    await expect(pw.getByText("The current password is not right.")).toBeVisible();
    await expect(pw.locator('input[name="currentPassword"]')).toHaveAttribute("aria-invalid", "true");
    await pw.locator('input[name="currentPassword"]').fill(first);
    await pw.locator('input[name="password"]').fill(second);
    await pw.locator('input[name="confirm"]').fill(second);
    await pw.getByRole("button", { name: "Change password" }).click();
    await expect(laptop).toHaveURL(/\/account\?changed=password$/, PASSWORD_WORK);
    await expect(laptop.getByText("Password changed. Your other devices are signed out.")).toBeVisible();
    // the phone's session was signed in before the change: refused now; the laptop was signed in again
    await phone.goto("/resident");
    await expect(phone).toHaveURL(/\/login/);
    await laptop.goto("/resident");
    await expect(laptop).toHaveURL(/\/resident$/, PASSWORD_WORK);

    // forgot password: the same answer for an unknown address, the link only in the known one's email
    const visitor = await signedOut(browser);
    await new LoginPage(visitor).goto();
    await visitor.getByRole("link", { name: "Forgot password?" }).click();
    await expect(visitor).toHaveURL(/\/forgot-password$/);
    await expectAccessible(visitor);
    const unknown = `nobody-${Date.now()}@invitee.example`;
    await visitor.getByLabel("Email").fill(unknown);
    await visitor.getByRole("button", { name: "Send link" }).click();
    await expect(visitor.getByText(`If an account exists for ${unknown}, we sent a link`)).toBeVisible();
    await visitor.getByLabel("Email").fill(email);
    await visitor.getByRole("button", { name: "Send link" }).click();
    await expect(visitor.getByText(`If an account exists for ${email}, we sent a link`)).toBeVisible();
    await expectAccessible(visitor);
    const reset = await linkFromOutbox(page, email, "Reset your BuildingOS password", "/reset-password/");

    await visitor.goto(reset);
    await expect(visitor.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await expectAccessible(visitor);
    await visitor.locator('input[name="password"]').fill(third);
    await visitor.locator('input[name="confirm"]').fill("not the same one");
    await visitor.getByRole("button", { name: "Set new password" }).click();
    await expect(visitor.getByText("The passwords do not match.")).toBeVisible();
    await visitor.locator('input[name="password"]').fill(third);
    await visitor.locator('input[name="confirm"]').fill(third);
    await visitor.getByRole("button", { name: "Set new password" }).click();
    await expect(visitor).toHaveURL(/\/login\?reset=1$/, PASSWORD_WORK);
    await expect(visitor.getByText("Password changed", { exact: true })).toBeVisible();
    // the reset signed the laptop out; the old password no longer works, the new one does
    await laptop.goto("/resident");
    await expect(laptop).toHaveURL(/\/login/);
    await signIn(visitor, email, third);

    // used once: the same link now says it does not work
    const again = await signedOut(browser);
    await again.goto(reset);
    await expect(again.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await expectAccessible(again);

    // sign out of all devices: asks first, then this session and every other one end
    const tablet = await signedOut(browser);
    await signIn(tablet, email, third);
    await visitor.goto("/account");
    visitor.once("dialog", (d) => d.accept());
    await visitor.getByRole("button", { name: "Sign out of all devices" }).click();
    await expect(visitor).toHaveURL(/\/login\?signedOutEverywhere=1$/);
    await expect(visitor.getByText("Signed out everywhere")).toBeVisible();
    await tablet.goto("/resident");
    await expect(tablet).toHaveURL(/\/login/);
    for (const p of [phone, laptop, visitor, again, tablet]) await p.context().close();
  });

  test("guests have no account page, and a made-up reset or confirmation link gets one answer", async ({
    browser,
  }) => {
    const p = await signedOut(browser);
    await p.goto(`/reset-password/${"A".repeat(43)}`);
    await expect(p.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await p.goto(`/confirm-email/${"A".repeat(43)}`);
    await expect(p.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await expectAccessible(p);
    await p.goto("/account");
    await expect(p).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
    await p.context().close();
  });
});

/** The new pages in each language: the right `lang`, the page's own heading, no untranslated key (⟦…⟧). */
for (const [browserLocale, lang] of [
  ["en-US", "en"],
  ["es-ES", "es"],
  ["pt-BR", "pt-BR"],
] as const) {
  test(`account pages in ${lang}`, async ({ browser }) => {
    const c = CATALOGS[lang].account;
    const dead = `${"A".repeat(43)}`;
    const pages: [string, string, boolean][] = [
      ["/forgot-password", c.forgot.title, false],
      [`/reset-password/${dead}`, c.reset.invalidTitle, false],
      [`/confirm-email/${dead}`, c.confirmEmail.invalidTitle, false],
      // only looked at: the shared demo resident changes nothing here
      ["/account", c.title, true],
    ];
    for (const [path, heading, signedIn] of pages) {
      const context = await browser.newContext({
        locale: browserLocale,
        storageState: signedIn ? storageStateOf("harborResident") : { cookies: [], origins: [] },
      });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
      expect(await page.locator("body").textContent(), path).not.toContain("⟦");
      if (lang === "en") await expectAccessible(page);
      await context.close();
    }
  });
}
