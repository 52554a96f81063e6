import { type Browser, expect, type Page, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { publishMqtt } from "./fixtures/mqtt";

async function pageAs(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account), locale: "en-US" });
  return context.newPage();
}
const waitLive = (page: Page) =>
  expect(page.locator("[data-live=live]").first()).toBeVisible({ timeout: 15_000 });

/** A leak sensor reports water in unit 103, where a stay is in progress (demo seed). */
const leak = (active: boolean) =>
  publishMqtt((p) => `${p}/bld_harbor/devices/dev_harbor_103_leak/events`, {
    eventId: `e2e-leak-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`,
    type: "alarm",
    cause: "leak",
    active,
    ts: new Date().toISOString(),
  });

test.describe("alarms", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a leak during a stay: live alarm, urgent ticket, mission and notices; staff acknowledge and clear it", async ({
    browser,
  }) => {
    const page = await pageAs(browser, "harborStaff");
    await page.goto("/staff/alarms");
    await expect(page.getByRole("heading", { level: 1, name: "Alarms" })).toBeVisible();
    await waitLive(page);
    await expectAccessible(page);

    await leak(true);
    const card = page.locator("[data-testid=alarm][data-cause=leak]").filter({ hasText: "unit 103" });
    await expect(card).toBeVisible({ timeout: 10_000 });
    await expect(card).toContainText("Critical");
    await expect(card).toContainText("Active");
    // a repeat while open updates the same alarm
    await leak(true);
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("Reported 2 times", { timeout: 10_000 });

    // the rules ran once: an urgent ticket through a mission, and notices
    await expect
      .poll(
        async () => {
          await page.reload();
          return card.getByRole("link", { name: "Ticket" }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await expect(card.getByRole("link", { name: "Mission" })).toBeVisible();
    const alarms = await (await page.request.get("/api/v1/alarms?status=active")).json();
    const open = alarms.items.filter(
      (a: { cause: string; unitId: string }) => a.cause === "leak" && a.unitId === "unit_harbor_103",
    );
    expect(open).toHaveLength(1);
    const ticket = await (await page.request.get(`/api/v1/tickets/${open[0].ticketId}`)).json();
    expect(ticket.ticket ?? ticket).toMatchObject({ priority: "urgent" });
    const mission = await (await page.request.get(`/api/v1/missions/${open[0].missionId}`)).json();
    expect(mission.mission.steps.length).toBeGreaterThan(0);
    const inbox = await (await page.request.get("/api/v1/notifications")).json();
    expect(inbox.items.map((n: { title: string }) => n.title)).toContain("Water leak in unit 103");
    await expect(page.getByTestId("notification-bell")).toHaveAccessibleName(/unread/);

    // acknowledge, then clear, from the page
    await waitLive(page);
    await card.getByLabel("Note (optional)").fill("Plumber on the way");
    await card.getByRole("button", { name: "Acknowledge" }).click();
    await expect(card).toContainText("Acknowledged");
    await expect(card).toContainText("Plumber on the way");
    await card.getByRole("button", { name: "Clear" }).click();
    await expect(card).toHaveCount(0);
    await page.goto("/staff/alarms?status=cleared");
    await expect(page.locator(`#alarm-${open[0].id}`)).toContainText("Cleared");
    await expectAccessible(page);

    // the notification centre lists the notice and marks it read
    await page.goto("/notifications");
    const notice = page.getByTestId("notification").filter({ hasText: "Water leak in unit 103" }).first();
    await expect(notice).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(notice).toHaveAttribute("data-read", "true");
    await page.context().close();
  });

  test("the staff home shows active alarms first", async ({ browser }) => {
    const page = await pageAs(browser, "harborStaff");
    await leak(true);
    await page.goto("/staff");
    const first = page.getByRole("main").getByRole("region").first();
    await expect(first).toHaveAccessibleName("Active alarms");
    await page.context().close();
  });
});
