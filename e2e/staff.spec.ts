import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";

test.use({ storageState: storageStateOf("harborStaff") });

test.describe("staff", () => {
  test("home shows today's arrivals and departures and device counts", async ({ page }) => {
    await page.goto("/staff");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Today at Harbor View");
    await expect(page.getByRole("region", { name: "Arrivals today" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Departures today" })).toBeVisible();
    const devices = page.getByRole("region", { name: "Devices" });
    await expect(devices.getByText("Online")).toBeVisible();
    // every unit door has a lock, plus lobby and garage: more than 12 devices
    const total = Number(await devices.getByTestId("devices-total").textContent());
    expect(total).toBeGreaterThan(12);
  });

  test("the manager console is not allowed, the staff API is", async ({ page }) => {
    await page.goto("/manager");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const users = await page.request.get("/api/v1/users");
    expect(users.status()).toBe(200);
    const body = await users.json();
    expect(body.items.length).toBeGreaterThan(0);
    for (const u of body.items) expect(u).not.toHaveProperty("passwordHash");
  });
});
