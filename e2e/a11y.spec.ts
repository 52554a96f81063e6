import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";

/** Every page so far, checked with axe: no serious or critical WCAG 2.x A/AA violation. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

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
