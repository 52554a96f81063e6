import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";

test.use({ storageState: storageStateOf("harborManager"), locale: "en-US" });

test("a manager sets the temperature range: a maximum below the minimum is refused, then a valid one is saved", async ({
  page,
}) => {
  await page.goto("/manager/alarm-settings");
  await expect(page.getByRole("heading", { level: 1, name: "Alarm settings" })).toBeVisible();
  await expectAccessible(page);
  const temperature = page.getByRole("group", { name: "Temperature (°C)" });
  await temperature.getByLabel("Minimum").fill("12");
  await temperature.getByLabel("Maximum").fill("8");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Some fields need a look.")).toBeVisible();
  await expect(temperature.getByLabel("Maximum")).toHaveAttribute("aria-invalid", "true");
  await temperature.getByLabel("Maximum").fill("30.5");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Alarm settings saved.").first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Temperature (°C)" }).getByLabel("Maximum")).toHaveValue(
    "30.5",
  );
  // the demo's value back, for the other specs
  await page.getByRole("group", { name: "Temperature (°C)" }).getByLabel("Minimum").fill("10");
  await page.getByRole("group", { name: "Temperature (°C)" }).getByLabel("Maximum").fill("32");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Alarm settings saved.").first()).toBeVisible();
});
