import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "./fixtures/accounts";
import { LoginPage } from "./fixtures/login-page";

test.describe("signing in and out", () => {
  test("a wrong password gets a clear message and no session", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS.harborResident2.email, "not-the-password");
    await expect(login.error).toContainText("do not match");
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    const me = await page.request.get("/api/v1/me");
    expect(me.status()).toBe(401);
  });

  test("an empty form names the fields", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter the email address you were invited with.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  test("a signed-out visitor is sent to sign in and comes back after", async ({ page }) => {
    await page.goto("/manager");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmanager/);
    await new LoginPage(page).signIn(ACCOUNTS.harborManager.email, PASSWORD);
    await expect(page).toHaveURL(/\/manager$/);
  });

  test("after 5 failures an account must wait a few seconds per attempt, and the message says how long", async ({
    page,
  }) => {
    // six password checks and the waits between them: ~27 s alone, so 30 s was not enough on a slower run
    test.setTimeout(60_000);
    const email = "slowed-down@harbor.example";
    const login = new LoginPage(page);
    await login.goto();
    for (let i = 0; i < 5; i++) {
      await login.signIn(email, `wrong-${i}`);
      await expect(login.error).toContainText("do not match");
    }
    // From the 6th on, each attempt must wait 1 s, 2 s, 4 s… after the previous one: typing fast runs into it.
    const waitMessage = /Too many failed attempts for this account\. Try again in \d+ seconds?\./;
    let slowed = false;
    for (let i = 0; i < 6 && !slowed; i++) {
      await login.signIn(email, `again-${i}`);
      slowed = waitMessage.test((await login.error.textContent()) ?? "");
    }
    expect(slowed).toBe(true);

    // An HTTP client gets a real 429 from the Auth.js endpoint while a wait runs (an attempt that came just after
    // the wait ended is checked, and makes the next wait longer).
    const csrf = await (await page.request.get("/api/auth/csrf")).json();
    const post = () =>
      page.request.post("/api/auth/callback/credentials", {
        form: { email, password: "anything", csrfToken: csrf.csrfToken },
        maxRedirects: 0,
      });
    let res = await post();
    for (let i = 0; i < 2 && res.status() !== 429; i++) res = await post();
    expect(res.status()).toBe(429);
    expect((await res.json()).error).toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(waitMessage),
    });
  });

  test("an HTTP client signs in through the Auth.js endpoints", async ({ request }) => {
    const csrf = await (await request.get("/api/auth/csrf")).json();
    await request.post("/api/auth/callback/credentials", {
      form: { email: ACCOUNTS.harborStaff.email, password: PASSWORD, csrfToken: csrf.csrfToken },
    });
    const me = await request.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect((await me.json()).user).toMatchObject({ email: ACCOUNTS.harborStaff.email, role: "staff" });
  });

  test("signing out ends the session", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS.harborResident2.email, PASSWORD);
    await expect(page).toHaveURL(/\/resident$/);
    const sessionCookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
    expect(sessionCookie).toBeDefined();
    await page.goto("/logout");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await expect(page.getByText("You have signed out of this device.")).toBeVisible();
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);

    // A request sent before the sign-out and answered after it writes the session cookie back (Auth.js re-issues
    // it on every page request), and a copied cookie is the same JWT: neither signs anyone in any more.
    if (sessionCookie) await page.context().addCookies([sessionCookie]);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
    await page.goto("/resident");
    await expect(page).toHaveURL(/\/login/);
  });
});
