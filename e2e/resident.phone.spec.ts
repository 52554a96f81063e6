import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";

test.use({ storageState: storageStateOf("harborResident") });

test("on a phone the navigation opens from the menu button and moves to a page", async ({ page }) => {
  await page.goto("/resident");
  const menu = page.getByRole("button", { name: /menu/i });
  await expect(menu).toBeVisible();
  await menu.click();
  const nav = page.getByRole("dialog").getByRole("navigation");
  await expect(nav.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Manager" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // nothing overflows sideways on a narrow screen
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
