import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";

test.use({ storageState: storageStateOf("harborResident2") });

test("a resident on a phone unlocks their own door after confirming, and sees it acknowledged", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/resident/devices");
  await expect(page.getByRole("heading", { level: 1, name: "My devices" })).toBeVisible();
  const card = page.locator("li[data-device=dev_harbor_102_lock]");
  await expect(card.getByRole("heading", { name: "Unit 102 door" })).toBeVisible();
  await expect(page.locator("[data-live=live]").first()).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);
  await card.getByRole("button", { name: "Unlock", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Unlock now" }).click();
  await expect(card.getByTestId("command-status")).toContainText("Acknowledged", { timeout: 10_000 });
  await expect(card).toContainText("Unlocked");
  await card.getByRole("button", { name: "Lock", exact: true }).click();
  await expect(card).toContainText("Locked", { timeout: 10_000 });
});
