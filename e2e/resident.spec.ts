import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { SAME_ORIGIN } from "./fixtures/same-origin";

test.use({ storageState: storageStateOf("harborResident") });

test.describe("resident", () => {
  test("the shell's icons are drawn from one sprite, which the browser may keep", async ({ page }) => {
    const sprites: { url: string; status: number; cache: string | null; type: string | null }[] = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname === "/icons/sprite.svg")
        sprites.push({
          url: r.url(),
          status: r.status(),
          cache: r.headers()["cache-control"],
          type: r.headers()["content-type"],
        });
    });
    await page.goto("/resident");
    const nav = page.getByRole("navigation", { name: "Main" });
    const icons = nav.locator("svg use");
    await expect(icons).toHaveCount(10);
    // each link's icon has drawn its symbol: an external <use> whose sprite or symbol is missing has no box
    await expect
      .poll(() =>
        icons.evaluateAll((uses) => uses.filter((u) => (u as SVGUseElement).getBBox().width > 0).length),
      )
      .toBe(10);
    // the bell beside them is a server-drawn icon of the same sprite and version
    const hrefs = await page
      .locator("header svg use, nav svg use")
      .evaluateAll((uses) => [...new Set(uses.map((u) => u.getAttribute("href")?.split("#")[0]))]);
    expect(hrefs).toHaveLength(1);
    expect(sprites).toHaveLength(1);
    expect(sprites[0]).toMatchObject({ status: 200, cache: "public, max-age=31536000, immutable" });
    expect(sprites[0].type).toMatch(/^image\/svg\+xml/);
  });

  test("home shows their unit and upcoming stays from the database", async ({ page }) => {
    await page.goto("/resident");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
    const units = page.getByRole("region", { name: "Your units" });
    await expect(units.getByText("Unit 101")).toBeVisible();
    await expect(units.getByText("Unit 102")).toHaveCount(0);
    const stays = page.getByRole("region", { name: "Upcoming stays" });
    await expect(stays.getByRole("row").nth(1)).toBeVisible();
  });

  test("a manager page is not allowed", async ({ page }) => {
    await page.goto("/manager");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByText("Building summary")).toHaveCount(0);
  });

  test("manager and staff API routes answer 403", async ({ page }) => {
    const users = await page.request.get("/api/v1/users");
    expect(users.status()).toBe(403);
    expect((await users.json()).error.code).toBe("forbidden");
    const patch = await page.request.patch("/api/v1/building", {
      headers: SAME_ORIGIN,
      data: { config: { minNights: 2 } },
    });
    expect(patch.status()).toBe(403);
  });

  test("the API shows only their own units", async ({ page }) => {
    const me = await (await page.request.get("/api/v1/me")).json();
    const units = await (await page.request.get("/api/v1/units")).json();
    expect(units.items.map((u: { id: string }) => u.id).sort()).toEqual([...me.user.unitIds].sort());
    expect(units.items[0]).toMatchObject({ number: "101" });
  });
});
