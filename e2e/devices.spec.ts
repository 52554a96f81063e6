import { type Browser, expect, type Page, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { publishAccessEvent, simulatePin } from "./fixtures/mqtt";

async function pageAs(browser: Browser, account: AccountName, locale = "en-US"): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account), locale });
  return context.newPage();
}
/** The page's live stream is open (so nothing published after this is missed). */
const waitLive = (page: Page) =>
  expect(page.locator("[data-live=live]").first()).toBeVisible({ timeout: 15_000 });

test.describe("devices", () => {
  // page loads take seconds on a busy CI machine; each test visits several pages
  test.describe.configure({ timeout: 90_000 });

  test("staff unlock a door from its page and see pending, then acknowledged, without a reload", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const page = await pageAs(browser, "harborStaff");
    await page.goto("/staff/devices/dev_harbor_101_lock");
    await expect(page.getByRole("heading", { level: 1, name: "Unit 101 door" })).toBeVisible();
    await waitLive(page);
    await expectAccessible(page);
    const marker = await page.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
      return true;
    });
    expect(marker).toBe(true);

    // the confirmation is a modal dialog: named and described, focus inside, Escape or a click beside it
    // closes it and focus returns to its button, and nothing is sent until "Unlock now"
    const unlock = page.getByRole("button", { name: "Unlock", exact: true });
    await unlock.click();
    const dialog = page.getByRole("dialog", { name: "Unlock Unit 101 door?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription(/opens for anyone standing at it/);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(unlock).toBeFocused();
    await unlock.click();
    await expect(dialog).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(dialog).toBeHidden();
    await expect(unlock).toBeFocused();
    await expect(page.getByTestId("command-status")).toHaveText("");
    await unlock.click();
    await dialog.getByRole("button", { name: "Unlock now" }).click();
    await expect(dialog).toBeHidden();
    const status = page.getByTestId("command-status");
    await expect(status).toContainText("Pending");
    await expect(status).toContainText("Acknowledged", { timeout: 10_000 });
    await expect(page.getByTestId("device-state")).toContainText("Unlocked");
    await expect(page.getByText("Unlock: Unit 101 door acknowledged.")).toBeVisible();
    const commands = page.getByRole("table", { name: "Recent commands" });
    await expect(commands.getByRole("row").nth(1)).toContainText("Unlock");
    await expect(commands.getByRole("row").nth(1)).toContainText("Acknowledged");

    await page.getByRole("button", { name: "Lock", exact: true }).click();
    await expect(status).toContainText("Lock:");
    await expect(status).toContainText("Acknowledged", { timeout: 10_000 });
    await expect(page.getByTestId("device-state")).toContainText("Locked");

    // someone types a wrong PIN at this door (the simulator plays it): the event shows up live
    await simulatePin("bld_harbor", "dev_harbor_101_lock", "0000");
    const events = page.getByRole("table", { name: "Recent door events" });
    await expect(events.getByRole("row").nth(1)).toContainText("PIN code", { timeout: 10_000 });
    await expect(events.getByRole("row").nth(1)).toContainText("Denied");
    // the same document all along: no reload happened
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await page.context().close();
  });

  test("an offline lock refuses a command at once with a clear message", async ({ browser }) => {
    const page = await pageAs(browser, "harborStaff");
    await page.goto("/staff/devices/dev_harbor_403_lock");
    await expect(page.getByRole("heading", { level: 1, name: "Unit 403 door" })).toBeVisible();
    await expect(page.getByText("This device is offline")).toBeVisible();
    const started = Date.now();
    await page.getByRole("button", { name: "Lock", exact: true }).click();
    await expect(page.locator("[data-sonner-toast]").filter({ hasText: /offline/ })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(4_000);
    await page.context().close();
  });

  test("a door event appears live in the access log; filters narrow it; empty ranges say so", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const page = await pageAs(browser, "harborStaff");
    await page.goto("/staff/access-logs");
    await expect(page.getByRole("heading", { level: 1, name: "Access logs" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Door events per day (whole building)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /format=csv/);
    await waitLive(page);
    await expectAccessible(page);

    const eventId = `e2e-${Date.now().toString(36)}`;
    await publishAccessEvent("bld_harbor", "dev_harbor_lobby_lock", {
      eventId,
      method: "nfc",
      result: "granted",
    });
    const row = page.locator(`tr[data-event="${eventId}"]`);
    await expect(row).toBeVisible({ timeout: 10_000 });
    await expect(row).toContainText("Lobby entrance");
    await expect(row).toContainText("New");
    await expect(row).toContainText("Granted");

    // filter: denied only; every row says so, the CSV link carries the filter
    await page.locator("summary").filter({ hasText: "Filters" }).click();
    await page.getByLabel("Result").selectOption("denied");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/result=denied/);
    const table = page.getByRole("table", { name: "Door events, newest first" });
    await expect(table.getByRole("row").nth(1)).toBeVisible();
    for (const text of await table.getByRole("row").allTextContents()) {
      if (!text.includes("Result")) expect(text).toContain("Denied");
    }
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /result=denied/);

    await page.goto("/staff/access-logs?from=2020-01-01&to=2020-01-02");
    await expect(page.getByText("No door events match these filters.")).toBeVisible();
    await page.context().close();
  });

  test("the device list filters by type, place and status, and says when nothing matches", async ({
    browser,
  }) => {
    // two people's pages and a registration: 12–28 s here, near the 30 s default beside other workers
    test.setTimeout(60_000);
    const page = await pageAs(browser, "harborStaff");
    await page.goto("/staff/devices");
    await expect(page.getByRole("heading", { level: 1, name: "Devices" })).toBeVisible();
    const table = page.getByRole("table", { name: "Devices" });
    await expect(table.getByRole("link", { name: "Lobby entrance" })).toBeVisible();
    await expectAccessible(page);

    // a device the manager registers now joins the open list, without a reload
    await waitLive(page);
    const name = `Hall sensor ${Date.now().toString(36)}`;
    const manager = await pageAs(browser, "harborManager");
    await manager.goto("/manager/devices/new");
    await manager.getByRole("combobox", { name: "Type" }).selectOption("sensor");
    await manager.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await manager.getByRole("combobox", { name: "Unit or common area" }).selectOption("common");
    await manager.getByRole("button", { name: "Register device" }).click();
    // the new device's page (the form's own URL, /manager/devices/new, matches the pattern too): registered
    await expect(manager).toHaveURL(/\/manager\/devices\/(?!new$)[A-Za-z0-9_-]+$/);
    await expect(manager.getByRole("heading", { level: 1, name })).toBeVisible();
    await manager.context().close();
    await expect(table.getByRole("link", { name })).toBeVisible({ timeout: 20_000 });

    await page.locator("summary").filter({ hasText: "Filters" }).click();
    await page.getByLabel("Type").selectOption("lock");
    await page.getByLabel("Status").selectOption("offline");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=lock/);
    await expect(table.getByRole("link", { name: "Unit 403 door" })).toBeVisible();
    await expect(table.getByRole("link", { name: "Unit 101 door" })).toHaveCount(0);
    await expect(table.getByRole("link", { name: "Lobby camera" })).toHaveCount(0);

    await page.goto("/staff/devices?type=camera&unitId=unit_harbor_101");
    await expect(page.getByRole("heading", { name: "No devices match these filters" })).toBeVisible();
    await page.getByRole("link", { name: "Show all devices" }).click();
    await expect(page).toHaveURL(/\/staff\/devices$/);
    await page.context().close();
  });

  test("a resident sees only their own unit's devices and door log, and not the staff pages", async ({
    browser,
  }) => {
    const page = await pageAs(browser, "harborResident");
    await page.goto("/resident/devices");
    await expect(page.getByRole("heading", { level: 1, name: "My devices" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Unit 101 door" })).toBeVisible();
    await expect(page.getByText("Unit 102 door")).toHaveCount(0);
    await expect(page.getByText("Lobby entrance")).toHaveCount(0);
    await expectAccessible(page);
    const log = page.getByRole("table", { name: "Door events, newest first" });
    for (const text of await log.getByRole("row").allTextContents()) {
      expect(text).not.toContain("Unit 102");
      expect(text).not.toContain("Common area");
    }
    await page.goto("/resident/devices?unitId=unit_harbor_102");
    await expect(page.getByText("You can only see your own units' door events.")).toBeVisible();
    await page.goto("/staff/devices");
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await page.goto("/staff/access-logs");
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await page.context().close();
  });

  test("the live stream needs a session", async ({ browser }) => {
    const anonymous = await browser.newContext();
    const res = await anonymous.request.get("/api/live");
    expect(res.status()).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
    await anonymous.close();
  });

  for (const locale of ["es-ES", "pt-BR"]) {
    test(`the device pages are fully translated in ${locale}`, async ({ browser }) => {
      const staff = await pageAs(browser, "harborStaff", locale);
      for (const path of ["/staff/devices", "/staff/devices/dev_harbor_101_lock", "/staff/access-logs"]) {
        await staff.goto(path);
        await expect(staff.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await staff.locator("body").textContent()).not.toContain("⟦");
      }
      await staff.context().close();
      const resident = await pageAs(browser, "harborResident", locale);
      await resident.goto("/resident/devices");
      await expect(resident.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await resident.locator("body").textContent()).not.toContain("⟦");
      await resident.context().close();
    });
  }
});
