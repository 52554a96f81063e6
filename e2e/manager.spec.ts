import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { SAME_ORIGIN } from "./fixtures/same-origin";

test.describe("manager", () => {
  test.use({ storageState: storageStateOf("harborManager") });

  test("home shows the building summary", async ({ page }) => {
    await page.goto("/manager");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Harbor View");
    const summary = page.getByRole("region", { name: "Building summary" });
    await expect(summary.getByText("Units", { exact: true })).toBeVisible();
    expect(Number(await summary.getByTestId("units-total").textContent())).toBeGreaterThanOrEqual(12);
  });

  test("bad building config is refused with the field named, and nothing changes", async ({ page }) => {
    const before = await (await page.request.get("/api/v1/building")).json();
    const res = await page.request.patch("/api/v1/building", {
      headers: SAME_ORIGIN,
      data: { config: { minNights: -3 } },
    });
    expect(res.status()).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("validation");
    expect(Object.keys(body.error.fields)).toContain("config.minNights");
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    const after = await (await page.request.get("/api/v1/building")).json();
    expect(after.building.config).toEqual(before.building.config);

    const malformed = await page.request.patch("/api/v1/building", {
      headers: { ...SAME_ORIGIN, "content-type": "application/json" },
      data: Buffer.from("{not json"),
    });
    expect(malformed.status()).toBe(400);
  });

  test("a valid config change is saved", async ({ page }) => {
    const before = await (await page.request.get("/api/v1/building")).json();
    const next = before.building.config.maxNights === 29 ? 30 : 29;
    const res = await page.request.patch("/api/v1/building", {
      headers: SAME_ORIGIN,
      data: { config: { maxNights: next } },
    });
    expect(res.status()).toBe(200);
    expect((await res.json()).building.config.maxNights).toBe(next);
  });
});

test.describe("isolation between buildings", () => {
  test.use({ storageState: storageStateOf("summitManager") });

  test("Summit Tower's manager sees nothing of Harbor View", async ({ page }) => {
    await page.goto("/manager");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Summit Tower");
    await expect(page.getByText("Harbor View")).toHaveCount(0);

    const me = (await (await page.request.get("/api/v1/me")).json()).user;
    const units = (await (await page.request.get("/api/v1/units?limit=200")).json()).items;
    expect(units.length).toBeGreaterThanOrEqual(12);
    for (const u of units) expect(u.id).not.toContain("harbor");
    const users = (await (await page.request.get("/api/v1/users?limit=200")).json()).items;
    for (const u of users) {
      expect(u.buildingId).toBe(me.buildingId);
      expect(u.email).not.toContain("@harbor.example");
    }
  });
});
