import { expect, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";

test.describe("signed out", () => {
  for (const path of ["/login", "/logout", "/stay", `/checkin/${"A".repeat(43)}`]) {
    test(`${path} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  }
});

const HOMES: [AccountName, string][] = [
  ["harborResident", "/resident"],
  ["harborStaff", "/staff"],
  ["harborManager", "/manager"],
  ["harborResident", "/manager"],
  ["harborResident", "/resident/stays"],
  ["harborResident", "/resident/stays/new"],
  ["harborStaff", "/staff/reservations"],
  ["harborManager", "/manager/outbox"],
  ["harborManager", "/staff/reservations/new"],
];

for (const [account, path] of HOMES) {
  test.describe(`${account} on ${path}`, () => {
    test.use({ storageState: storageStateOf(account) });
    test("has no serious accessibility violations", async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    });
  });
}
