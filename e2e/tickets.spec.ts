import { type Browser, expect, type Page, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/** A page signed in as `account`, in its own browser context (several people take part in one test). */
async function pageAs(browser: Browser, account: AccountName, locale = "en-US"): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account), locale });
  return context.newPage();
}

/** Opens a ticket as the resident through the JSON API (the phone spec covers the form and its photo). */
async function openTicketAsResident(browser: Browser, title: string): Promise<string> {
  const resident = await pageAs(browser, "harborResident");
  const res = await resident.request.post("/api/v1/tickets", {
    headers: SAME_ORIGIN,
    data: {
      title,
      description: "The balcony door sticks and needs a hard push to close.",
      category: "access",
      priority: "high",
      unitId: "unit_harbor_101",
      location: "Living room balcony",
    },
  });
  expect(res.status()).toBe(201);
  const { ticket } = await res.json();
  await resident.context().close();
  return ticket.id as string;
}

test.describe("tickets", () => {
  test("staff find a resident's ticket in the queue, assign and resolve it; the resident sees the history", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const title = `Balcony door sticks ${Date.now().toString(36)}`;
    const id = await openTicketAsResident(browser, title);

    // the queue, filtered to open tickets of unit 101
    const staff = await pageAs(browser, "harborStaff");
    await staff.goto("/staff/tickets");
    await expect(staff.getByRole("heading", { level: 1, name: "Ticket queue" })).toBeVisible();
    await staff.locator("summary").filter({ hasText: "Filters" }).click();
    await staff.getByLabel("Status").selectOption("open");
    await staff.getByLabel("Where").selectOption({ label: "Unit 101" });
    await staff.getByRole("button", { name: "Apply filters" }).click();
    await expect(staff).toHaveURL(/status=open/);
    const queue = staff.getByRole("table", { name: "Tickets" });
    const row = queue.getByRole("row").filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Priority: High");
    await row.getByRole("link", { name: title }).click();
    await expect(staff).toHaveURL(new RegExp(`/staff/tickets/${id}$`));
    await expect(staff.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(staff.locator("[data-fact=due]")).toBeVisible();

    // assign to a staff member
    await staff.getByLabel("Assign to", { exact: true }).selectOption({ label: "Sam Patel" });
    await staff.getByRole("button", { name: "Save assignment" }).click();
    await expect(staff.locator("[data-fact=assignee]")).toContainText("Sam Patel");

    // a move that needs a reason is refused without one
    await staff.getByLabel("New status").selectOption("waiting");
    await expect(staff.getByRole("textbox", { name: "Reason", exact: true })).toHaveAttribute("required", "");
    await staff.getByRole("button", { name: "Change status" }).click();
    await expect(staff.getByText("Say why: the person who opened the ticket reads it.")).toBeVisible();

    // start work, then resolve it with a reason
    await staff.getByLabel("New status").selectOption("in_progress");
    await staff.getByRole("button", { name: "Change status" }).click();
    await expect(staff.getByTestId("ticket-badges")).toContainText("In progress");
    await staff.getByLabel("New status").selectOption("resolved");
    await staff.getByRole("textbox", { name: /^Reason/ }).fill("Hinge adjusted and the seal replaced.");
    await staff.getByRole("button", { name: "Change status" }).click();
    await expect(staff.getByTestId("ticket-badges")).toContainText("Resolved");
    const staffHistory = staff.getByTestId("ticket-history");
    await expect(staffHistory).toContainText("Sam Patel changed the status from In progress to Resolved");
    await expectAccessible(staff);

    // the resident sees who did what, and when
    const resident = await pageAs(browser, "harborResident");
    await resident.goto(`/resident/tickets/${id}`);
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(resident.getByTestId("ticket-badges")).toContainText("Resolved");
    const history = resident.getByTestId("ticket-history");
    await expect(history).toContainText("Riley Chen opened the ticket");
    await expect(history).toContainText("Sam Patel assigned it to Sam Patel");
    await expect(history).toContainText("Sam Patel changed the status from Open to In progress");
    await expect(history).toContainText("Sam Patel changed the status from In progress to Resolved");
    await expect(history).toContainText("Hinge adjusted and the seal replaced.");
    await expect(history.locator("time").first()).toHaveAttribute("datetime", /\d{4}-\d{2}-\d{2}T/);
    await expect(resident.locator("[data-fact=assignee]")).toContainText("Sam Patel");
    // residents get no staff controls
    await expect(resident.getByRole("button", { name: "Change status" })).toHaveCount(0);

    // a status change made elsewhere appears without a reload
    const patch = await staff.request.patch(`/api/v1/tickets/${id}`, {
      headers: SAME_ORIGIN,
      data: { status: "closed" },
    });
    expect(patch.status()).toBe(200);
    await expect(resident.getByTestId("ticket-badges")).toContainText("Closed", { timeout: 25_000 });
    await expect(resident.getByTestId("ticket-live")).toHaveText("Updated — new status: Closed.");
    await expect(history).toContainText("from Resolved to Closed");

    // the resident comments; staff see it
    await resident.getByLabel("Add a comment").fill("Thanks, it closes smoothly now.");
    await resident.getByRole("button", { name: "Send comment" }).click();
    await expect(history).toContainText("Thanks, it closes smoothly now.");
    await staff.reload();
    await expect(staffHistory).toContainText("Riley Chen commented");

    await staff.context().close();
    await resident.context().close();
  });

  test("the queue loads more tickets in place and moves focus to the first new one", async ({ browser }) => {
    const staff = await pageAs(browser, "harborStaff");
    await staff.goto("/staff/tickets?limit=3");
    const rows = staff.getByRole("table", { name: "Tickets" }).locator("tbody tr");
    await expect(rows).toHaveCount(3);
    await staff.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(6);
    await expect(staff.getByRole("status").filter({ hasText: "3 more tickets loaded." })).toBeAttached();
    await expect(rows.nth(3).getByRole("link")).toBeFocused();
    await staff.context().close();
  });

  test("a resident opening another resident's ticket gets a not-found page", async ({ browser }) => {
    const id = await openTicketAsResident(browser, `Private ticket ${Date.now().toString(36)}`);
    const other = await pageAs(browser, "harborResident2");
    await other.goto(`/resident/tickets/${id}`);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(other.getByText("Private ticket")).toHaveCount(0);
    const api = await other.request.get(`/api/v1/tickets/${id}`);
    expect(api.status()).toBe(404);
    // and from another building, staff do not find it either
    const summit = await pageAs(browser, "summitManager");
    await summit.goto(`/staff/tickets/${id}`);
    await expect(summit.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await other.context().close();
    await summit.context().close();
  });
});

/** Each new page: axe finds nothing serious, and in Spanish and Portuguese no key is left untranslated. */
test.describe("ticket pages", () => {
  let ticketId = "";
  test.beforeAll(async ({ browser }) => {
    const resident = await pageAs(browser, "harborResident");
    const list = await (await resident.request.get("/api/v1/tickets?limit=5")).json();
    ticketId = list.items[0].id;
    await resident.context().close();
  });

  const PAGES: { account: AccountName; name: string; path: () => string }[] = [
    { account: "harborResident", name: "/resident/tickets", path: () => "/resident/tickets" },
    { account: "harborResident", name: "/resident/tickets/new", path: () => "/resident/tickets/new" },
    {
      account: "harborResident",
      name: "/resident/tickets/[id]",
      path: () => `/resident/tickets/${ticketId}`,
    },
    { account: "harborStaff", name: "/staff/tickets", path: () => "/staff/tickets" },
    { account: "harborStaff", name: "/staff/tickets/[id]", path: () => `/staff/tickets/${ticketId}` },
    { account: "harborStaff", name: "/staff/tickets/new", path: () => "/staff/tickets/new" },
    {
      account: "harborManager",
      name: "/staff/tickets (filtered)",
      path: () => "/staff/tickets?status=in_progress&overdue=true",
    },
  ];

  for (const { account, name, path } of PAGES) {
    test(`${name} as ${account} has no serious accessibility violations`, async ({ browser }) => {
      const page = await pageAs(browser, account);
      await page.goto(path());
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.context().close();
    });

    for (const { browserLocale, lang } of [
      { browserLocale: "es-ES", lang: "es" },
      { browserLocale: "pt-BR", lang: "pt-BR" },
    ]) {
      test(`${name} as ${account} is fully translated in ${lang}`, async ({ browser }) => {
        const page = await pageAs(browser, account, browserLocale);
        await page.goto(path());
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.locator("body").textContent()).not.toContain("⟦");
        await page.context().close();
      });
    }
  }
});
