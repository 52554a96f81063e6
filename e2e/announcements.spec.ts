import { type Browser, expect, type Page, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";

async function pageAs(browser: Browser, account: AccountName, phone = false): Promise<Page> {
  const context = await browser.newContext({
    storageState: storageStateOf(account),
    locale: "en-US",
    ...(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

test.describe("announcements and sensor history", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a manager posts an emergency to the building; a resident on a phone acknowledges it; the manager sees the counts", async ({
    browser,
  }) => {
    const title = `Water off ${Date.now()}`;
    const manager = await pageAs(browser, "harborManager");
    await manager.goto("/manager/announcements");
    await expect(manager.getByRole("heading", { level: 1, name: "Announcements" })).toBeVisible();
    await expectAccessible(manager);
    await manager.getByLabel("Title").fill(title);
    await manager.getByLabel("Message").fill("The water is off from 9 to 11 for repairs.");
    await manager.getByLabel("Who should get it").selectOption("building");
    await manager.getByLabel("Emergency").check();
    await manager.getByRole("button", { name: "Post announcement" }).click();
    await expect(manager.getByRole("status").filter({ hasText: /Posted to \d+ people/ })).toBeVisible();
    const posted = manager.getByTestId("posted-announcements").locator("li").filter({ hasText: title });
    await expect(posted).toContainText(/Acknowledged by 0 of \d+/);

    const resident = await pageAs(browser, "harborResident", true);
    await resident.goto("/resident");
    const mine = resident.getByTestId("reader-announcements").locator("li").filter({ hasText: title });
    await expect(mine).toContainText("Emergency");
    await expectAccessible(resident);
    await mine.getByRole("button", { name: "I have read this" }).click();
    await expect(mine).toContainText("Acknowledged");

    await manager.reload();
    await expect(posted).toContainText(/Read by [1-9]\d* of \d+/);
    await expect(posted).toContainText(/Acknowledged by 1 of \d+/);

    // who: the manager's page names the resident among those who acknowledged
    await posted.getByRole("link", { name: `Who has read “${title}”` }).click();
    await expect(manager.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await manager.getByRole("link", { name: "Acknowledged", exact: true }).click();
    const rows = manager.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2); // the header and the one resident
    await expectAccessible(manager);
  });

  test("a resident cannot post", async ({ browser }) => {
    const resident = await pageAs(browser, "harborResident");
    await resident.goto("/resident");
    const res = await resident.request.post("/api/v1/announcements", {
      data: { title: "Hi", body: "x", audience: { kind: "building" } },
      headers: { origin: new URL(resident.url()).origin },
    });
    expect(res.status()).toBe(403);
  });

  test("the device page charts a sensor's seeded history, with a table, for 24 h and 30 days", async ({
    browser,
  }) => {
    const staff = await pageAs(browser, "harborStaff");
    await staff.goto("/staff/devices/dev_harbor_lobby_climate");
    await expect(staff.getByRole("heading", { name: "Sensor history" })).toBeVisible();
    const temperature = staff.getByTestId("telemetry-temperature");
    await expect(temperature).toContainText("Temperature (°C)");
    await expectAccessible(staff);
    await staff.getByRole("button", { name: "30 days" }).click();
    await expect(staff.getByRole("button", { name: "30 days" })).toHaveAttribute("aria-pressed", "true");
    await temperature.getByText("Show Temperature (°C) as a table").click();
    await expect(temperature.getByRole("table")).toBeVisible();
    expect(await temperature.getByRole("row").count()).toBeGreaterThan(30);
  });
});
