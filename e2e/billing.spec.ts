import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";

/**
 * Condo billing end to end, in the production build on the demo data: the manager runs this month's billing
 * twice (the second run makes nothing), and a resident downloads their own bill as a real PDF and cannot read
 * another unit's.
 */
const thisMonth = () => {
  const d = new Date();
  // the demo building is in New York: near midnight UTC its month may still be the previous one
  const ny = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    year: "numeric",
    month: "2-digit",
  });
  return ny.format(d).slice(0, 7);
};

test.describe("billing", () => {
  test("a manager runs the month's billing twice and gets one bill per unit", async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const page = await context.newPage();
    await page.goto("/manager/billing");
    await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
    await page.getByRole("textbox", { name: "Month", exact: true }).fill(thisMonth());
    await page.getByRole("button", { name: "Run billing" }).click();
    await expect(page.getByTestId("billing-run-result")).toContainText(/16 bills made/, { timeout: 60_000 });
    await page.getByRole("button", { name: "Run billing" }).click();
    await expect(page.getByTestId("billing-run-result")).toContainText(/already billed: 16 bills/);
    const count = await page.evaluate(
      async (period) => (await (await fetch(`/api/v1/bills?period=${period}&limit=200`)).json()).items.length,
      thisMonth(),
    );
    expect(count).toBe(16);
    await expectAccessible(page);
    await context.close();
  });

  test("a resident downloads their bill as a PDF and cannot read another unit's", async ({ browser }) => {
    test.setTimeout(60_000);
    const manager = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const mpage = await manager.newPage();
    await mpage.goto("/manager/billing");
    const othersBill: string = await mpage.evaluate(
      async () => (await (await fetch("/api/v1/bills?unitId=unit_harbor_102")).json()).items[0].id,
    );
    await manager.close();

    const context = await browser.newContext({ storageState: storageStateOf("harborResident") });
    const page = await context.newPage();
    await page.goto("/resident/bills");
    await expect(page.getByRole("heading", { name: "My bills", level: 1 })).toBeVisible();
    const rows = page.getByTestId("bill-row");
    await expect(rows.first()).toBeVisible();
    await expectAccessible(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      rows
        .first()
        .getByRole("button", { name: /Download PDF for unit 101/ })
        .click(),
    ]);
    const bytes = await readFile((await download.path()) ?? "");
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(download.suggestedFilename()).toMatch(/^bill-101-\d{4}-\d{2}\.pdf$/);

    const refused = await page.evaluate(async (id) => {
      const list = await fetch("/api/v1/bills?unitId=unit_harbor_102");
      const pdf = await fetch(`/api/v1/bills/${id}/pdf`);
      return [list.status, pdf.status];
    }, othersBill);
    expect(refused).toEqual([403, 403]);
    await context.close();
  });

  test("the board's finance report: charts with tables, arrears, CSV with formulae escaped, on a phone too", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const page = await context.newPage();
    await page.goto("/manager/billing/reports");
    await expect(page.getByRole("heading", { name: "Finance report", level: 1 })).toBeVisible();
    await expect(page.getByTestId("collection-rate")).toHaveText(/%|—/);
    // the demo data leaves 203 and 304 in arrears
    await expect(page.getByRole("table", { name: /overdue by unit/ })).toBeVisible();
    await expect(page.getByTestId("chart-income-chart")).toBeVisible();
    await expectAccessible(page);
    const csv = await page.evaluate(async () => {
      const res = await fetch("/api/v1/reports/finance/export?from=2026-01&to=2026-12&table=monthly");
      return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
    });
    expect(csv.status).toBe(200);
    expect(csv.type).toContain("text/csv");
    expect(csv.text).toContain("month,currency,billed,collected,expenses,charged_to_units,net");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByRole("heading", { name: "Finance report", level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await context.close();
  });
});
