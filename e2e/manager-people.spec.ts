import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/** The manager's console: inviting, accepting, disabling; tokens, audit and the dashboard's charts. */
test.describe("manager people", () => {
  test.use({ storageState: storageStateOf("harborManager") });

  test("a manager invites a resident, who accepts from the emailed link, signs in, and is then disabled", async ({
    page,
    browser,
  }) => {
    // three browsers' worth of pages and five axe runs: longer than the default on a shared machine
    test.setTimeout(120_000);
    const stamp = Date.now();
    const email = `e2e-${stamp}@invitee.example`;
    // a name of this run only: a retry must not find (and disable) the first try's invitee
    const name = `Ivy Invitee ${stamp}`;
    await page.goto("/manager/people");
    await expectAccessible(page);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Send invitation" }) });
    // bad input first: named under its field, nothing sent
    await form.getByLabel("Email").fill("not-an-email");
    await form.getByRole("button", { name: "Send invitation" }).click();
    await expect(form.getByText("Enter a valid email address.")).toBeVisible();

    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Role").selectOption("resident");
    await form.getByLabel("Unit").selectOption({ index: 1 });
    await form.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
    await page.goto(`/manager/people?status=invited`);
    await expect(page.getByRole("link", { name }).first()).toBeVisible();

    // the link is only in the email: read it in the outbox
    await page.goto("/manager/outbox");
    const mail = page.getByRole("article").filter({ hasText: email }).first();
    await mail.locator("summary").click();
    const href = await mail.getByRole("link", { name: /\/invite\// }).getAttribute("href");
    expect(href).toBeTruthy();
    const path = new URL(href ?? "").pathname;

    const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const p2 = await invitee.newPage();
    await p2.goto(path);
    await expect(p2.getByRole("heading", { level: 1 })).toContainText("Harbor View");
    await expectAccessible(p2);
    await p2.getByLabel("Your name").fill(name);
    await p2.locator('input[name="password"]').fill("a good long password");
    await p2.locator('input[name="confirm"]').fill("a different password");
    await p2.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(p2.getByText("The passwords do not match.")).toBeVisible();
    await p2.locator('input[name="password"]').fill("a good long password");
    await p2.locator('input[name="confirm"]').fill("a good long password");
    await p2.getByRole("button", { name: "Set password and sign in" }).click();
    // the password is hashed, then checked to sign in (scrypt, deliberately slow): seconds on a loaded machine
    await expect(p2).toHaveURL(/\/resident$/, { timeout: 20_000 });

    // used once: the same link now says it does not work
    const p3 = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await p3.goto(path);
    await expect(p3.getByRole("heading", { name: "This invitation link does not work" })).toBeVisible();

    // the manager disables the new resident: their open session stops at the next request
    await page.goto("/manager/people?status=active&role=resident");
    await page.getByRole("link", { name }).first().click();
    await expectAccessible(page);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Disable account" }).click();
    await expect(page.getByText("Account disabled: their sessions stop now.")).toBeVisible();
    await p2.goto("/resident");
    await expect(p2).toHaveURL(/\/login/);
    await invitee.close();
  });

  test("API tokens: created and shown once, then revoked", async ({ page }) => {
    await page.goto("/manager/tokens");
    await expectAccessible(page);
    const name = `E2E gateway ${Date.now()}`;
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = await page.getByTestId("token-secret").textContent();
    expect(secret).toMatch(/^bos_/);
    const ok = await page.request.get("/api/v1/units", { headers: { authorization: `Bearer ${secret}` } });
    expect(ok.status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId("token-secret")).toHaveCount(0);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(page.getByRole("row").filter({ hasText: name }).getByText("Revoked")).toBeVisible();
    const refused = await page.request.get("/api/v1/units", {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.status()).toBe(401);
  });

  test("audit log filters and exports CSV", async ({ page }) => {
    await page.goto("/manager/audit?action=apiToken.");
    await expectAccessible(page);
    await expect(page.getByRole("cell", { name: "apiToken.revoke" }).first()).toBeVisible();
    const csv = await page.request.get("/api/v1/audit-events?format=csv&action=apiToken.");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("apiToken.create");
  });

  test("the dashboard draws its charts, each with a title and a text alternative", async ({ page }) => {
    await page.goto("/manager");
    for (const id of ["occupancy", "tickets", "devices", "access"]) {
      await expect(page.getByTestId(`chart-${id}-chart`).locator("svg").first()).toBeVisible();
      await expect(page.getByTestId(`chart-${id}-summary`)).not.toBeEmpty();
    }
    await expect(page.getByRole("figure", { name: "Occupancy, next 4 weeks" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("manager console refusals", () => {
  test.use({ storageState: storageStateOf("harborStaff") });

  test("staff see none of the manager pages and get 403 from their API", async ({ page }) => {
    for (const path of ["/manager/people", "/manager/tokens", "/manager/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Send invitation" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /Create token|Send invitation/ })).toHaveCount(0);
    }
    expect((await page.request.get("/api/v1/audit-events")).status()).toBe(403);
    expect((await page.request.get("/api/v1/api-tokens")).status()).toBe(403);
    const inv = await page.request.post("/api/v1/users/invitations", {
      headers: SAME_ORIGIN,
      data: { email: "x@example.test", role: "manager" },
    });
    expect(inv.status()).toBe(403);
  });
});

test.describe("isolation", () => {
  test.use({ storageState: storageStateOf("summitManager") });

  test("Summit Tower's manager cannot read or change Harbor View's people, tokens or audit", async ({
    page,
  }) => {
    const res = await page.request.patch("/api/v1/users/usr_harbor_resident", {
      headers: SAME_ORIGIN,
      data: { status: "disabled" },
    });
    expect(res.status()).toBe(404);
    const audit = await (await page.request.get("/api/v1/audit-events?limit=200")).json();
    for (const e of audit.items) expect(e.buildingId).not.toBe("bld_harbor");
    await page.goto("/manager/people");
    await expect(page.getByText("@harbor.example")).toHaveCount(0);
  });
});
