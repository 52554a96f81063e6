import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/** The manager's guest-registration settings on a phone: a code SES cannot take is named, then a good one saves. */
test.use({ storageState: storageStateOf("harborManager"), viewport: { width: 390, height: 844 } });

test("guest registration refuses a bad establishment code, then saves a good one", async ({ page }) => {
  test.setTimeout(90_000);
  const config = async () => (await (await page.request.get("/api/v1/building")).json()).building.config;
  const before = await config();
  await page.goto("/manager/settings");
  const section = page.getByRole("form", { name: "Guest registration" });
  // the country stays as it is: Spain would add a party step to check-ins other specs run meanwhile
  const code = section.getByRole("textbox", { name: "Establishment code" });
  await code.fill("ES-12 34");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByText("letters and digits only, up to 10", { exact: false })).toBeVisible();
  await expect(code).toHaveAttribute("aria-invalid", "true");
  expect((await config()).guestRegistration.country).toBe(before.guestRegistration.country);
  await expectAccessible(page);

  await code.fill("0000123456");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Guest registration: saved")).toBeVisible();
  expect((await config()).guestRegistration).toMatchObject({
    country: before.guestRegistration.country,
    establishmentCode: "0000123456",
  });
  await page.request.patch("/api/v1/building", {
    headers: SAME_ORIGIN,
    data: { config: { guestRegistration: before.guestRegistration } },
  });
});
