import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";

/**
 * Money, the parts issue 22's last slice added, in the production build on the demo data: a resident pays the
 * rest of a partly paid bill by card through the LocalCheckoutDouble (which posts a Stripe-signed event to the
 * real webhook), and downloads their owner statement; the manager sets the statement commissions.
 */
test.describe("card payments and owner statements", () => {
  test("a resident pays a partly paid bill by card, then downloads an owner statement", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ storageState: storageStateOf("harborResident2") });
    const page = await context.newPage();
    await page.goto("/resident/bills");
    await expect(page.getByRole("heading", { name: "My bills", level: 1 })).toBeVisible();
    const partial: { id: string; balanceMinor: number } = await page.evaluate(
      async () => (await (await fetch("/api/v1/bills?status=partial")).json()).items[0],
    );
    expect(partial.balanceMinor).toBe(12_500); // the demo's unit 102 paid 200.00 of 325.00
    await page
      .getByTestId("bill-row")
      .filter({ hasText: "Partly paid" })
      .getByRole("button", { name: /Pay \$125\.00 by card/ })
      .click();
    await expect(page.getByRole("heading", { name: /LocalCheckoutDouble/, level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Pay $125.00" }).click();
    await expect(page).toHaveURL(/\/resident\/bills\?paid=/);
    await expect(
      page.getByRole("status").filter({ hasText: "card payment is being recorded" }),
    ).toBeVisible();
    const after = await page.evaluate(
      async (id) =>
        (await (await fetch("/api/v1/bills?unitId=unit_harbor_102")).json()).items.find(
          (b: { id: string }) => b.id === id,
        ),
      partial.id,
    );
    expect(after).toMatchObject({ status: "paid", balanceMinor: 0 });

    await page.goto("/resident/bills/statements");
    await expect(page.getByRole("heading", { name: "My owner statements", level: 1 })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Download the statement of unit 102/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^owner-statement-102-\d{4}-\d{2}\.pdf$/);
    expect((await readFile((await download.path()) ?? "")).subarray(0, 5).toString()).toBe("%PDF-");
    await context.close();
  });

  test("the manager reads the month's statements and saves the commissions", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const page = await context.newPage();
    await page.goto("/manager/billing/statements");
    await expect(page.getByRole("heading", { name: "Owner statements", level: 1 })).toBeVisible();
    await expect(page.getByTestId("statement-row").first()).toBeVisible();
    await page.getByRole("textbox", { name: /Management commission/ }).fill("12.5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });
});
