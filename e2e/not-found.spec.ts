import { type Browser, expect, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/**
 * Detail pages answer a real 404 (not a 200 that turns into "not found" while streaming) for an id that does
 * not exist and for another building's id, with the portal's not-found page and a way home.
 */
const UNKNOWN = "01ZZZZZZZZZZZZZZZZZZZZZZZZ";

async function expectNotFound(browser: Browser, account: AccountName, path: string) {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status(), `${account} ${path}`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to BuildingOS" })).toBeVisible();
  return { page, context };
}

test.describe("detail pages answer 404", () => {
  test("unknown unit, device and person ids, and Summit Tower's, for a Harbor View manager", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const paths = [
      `/manager/units/${UNKNOWN}`,
      "/manager/units/unit_summit_101",
      `/manager/devices/${UNKNOWN}`,
      "/manager/devices/dev_summit_101_lock",
      `/staff/devices/${UNKNOWN}`,
      "/staff/devices/dev_summit_101_lock",
      `/manager/people/${UNKNOWN}`,
      "/manager/people/usr_summit_resident",
    ];
    for (const path of paths) {
      const { page, context } = await expectNotFound(browser, "harborManager", path);
      if (path === paths[0]) await expectAccessible(page);
      await context.close();
    }
  });

  test("the same pages still answer 200 for the building's own ids", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const page = await context.newPage();
    for (const path of [
      "/manager/units/unit_harbor_101",
      "/manager/devices/dev_harbor_101_lock",
      "/staff/devices/dev_harbor_101_lock",
      "/manager/people/usr_harbor_resident",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
    }
    await context.close();
  });

  test("a mission: unknown, and another building's, for residents and managers", async ({ browser }) => {
    test.setTimeout(60_000);
    const resident = await browser.newContext({ storageState: storageStateOf("harborResident") });
    const asked = await resident.request.post("/api/v1/concierge", {
      headers: SAME_ORIGIN,
      data: { message: `The bathroom sink leaks ${Date.now()}` },
    });
    expect(asked.status()).toBe(200);
    const { missionId } = (await asked.json()) as { missionId?: string };
    expect(missionId).toBeTruthy();
    const own = await (await resident.newPage()).goto(`/resident/missions/${missionId}`);
    expect(own?.status()).toBe(200);
    await resident.close();

    for (const [account, path] of [
      ["harborResident", `/resident/missions/${UNKNOWN}`],
      ["harborManager", `/staff/missions/${UNKNOWN}`],
      ["summitResident", `/resident/missions/${missionId}`],
      ["summitManager", `/staff/missions/${missionId}`],
    ] as const) {
      const { context } = await expectNotFound(browser, account, path);
      await context.close();
    }
  });

  test("a stay: unknown, another unit's and another building's; the viewer's own answers 200", async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const firstStay = async (account: AccountName) => {
      const context = await browser.newContext({ storageState: storageStateOf(account) });
      const res = await context.request.get("/api/v1/reservations?limit=5");
      expect(res.status()).toBe(200);
      const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
      await context.close();
      expect(id, `a stay ${account} can see`).toBeTruthy();
      return id as string;
    };
    const harborStay = await firstStay("harborResident");
    const summitStay = await firstStay("summitManager");

    for (const [account, path] of [
      ["harborResident", `/resident/stays/${harborStay}`],
      ["harborManager", `/staff/reservations/${harborStay}`],
    ] as const) {
      const context = await browser.newContext({ storageState: storageStateOf(account) });
      const response = await (await context.newPage()).goto(path);
      expect(response?.status(), `${account} ${path}`).toBe(200);
      await context.close();
    }
    for (const [account, path] of [
      ["harborResident", `/resident/stays/${UNKNOWN}`],
      ["harborResident2", `/resident/stays/${harborStay}`],
      ["harborManager", `/staff/reservations/${UNKNOWN}`],
      ["harborManager", `/staff/reservations/${summitStay}`],
    ] as const) {
      const { context } = await expectNotFound(browser, account, path);
      await context.close();
    }
  });
});
