import { expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/** A manager sets the building up in the browser: a unit, a lock for it, settings, persona, and a CSV import. */
test.use({ storageState: storageStateOf("harborManager") });

const stamp = () => Date.now().toString().slice(-8);
const unitNumbers = async (page: Page) =>
  ((await (await page.request.get("/api/v1/units?limit=200")).json()).items as { number: string }[]).map(
    (u) => u.number,
  );

test("a new unit gets a lock, whose MQTT topic base the manager sees", async ({ page }) => {
  test.setTimeout(90_000);
  const number = `U${stamp()}`;
  await page.goto("/manager/units/new");
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Unit number" }).fill(number);
  await page.getByRole("spinbutton", { name: "Floor" }).fill("9");
  // bad input first: a field message and no unit
  await page.getByRole("textbox", { name: /Nightly rate/ }).fill("12,345.6.7");
  await page.getByRole("button", { name: "Add unit" }).click();
  await expect(page.getByText(/Use an amount like 120.50/)).toBeVisible();
  expect(await unitNumbers(page)).not.toContain(number);

  await page.getByRole("textbox", { name: /Nightly rate/ }).fill("150.00");
  await page.getByRole("button", { name: "Add unit" }).click();
  await expect(page).toHaveURL(/\/manager\/units\/(?!new$)[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Unit ${number}`);
  await expectAccessible(page);
  const unitId = page.url().split("/").pop() as string;

  await page.goto(`/manager/units?q=${number}`);
  await expect(page.getByRole("link", { name: `Unit ${number}` })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/manager/devices/new?unitId=${unitId}`);
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Type" }).selectOption("lock");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(`Door of ${number}`);
  await expect(page.getByRole("combobox", { name: "Unit or common area" })).toHaveValue(unitId);
  await page.getByRole("textbox", { name: "Model" }).fill("Yale Linus");
  await page.getByRole("button", { name: "Register device" }).click();
  await expect(page).toHaveURL(/\/manager\/devices\/[A-Za-z0-9_-]+$/);
  const deviceId = page.url().split("/").pop() as string;
  await expect(page.getByTestId("topic-base")).toHaveText(`buildingos/bld_harbor/devices/${deviceId}`);
  await expectAccessible(page);

  await page.goto("/manager/devices");
  await expect(page.getByRole("link", { name: `Door of ${number}` })).toBeVisible();
  await expectAccessible(page);
});

test("a settings section refuses a bad value, then saves and says so", async ({ page }) => {
  test.setTimeout(90_000);
  const before = (await (await page.request.get("/api/v1/building")).json()).building.config;
  await page.goto("/manager/settings");
  await expectAccessible(page);
  const section = page.getByRole("form", { name: "Door codes" });
  const length = section.getByRole("spinbutton", { name: "Code length (digits)" });
  await length.fill("3");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByText("Use a whole number from 4 to 10.")).toBeVisible();
  await expect(length).toHaveAttribute("aria-invalid", "true");
  expect((await (await page.request.get("/api/v1/building")).json()).building.config.doorCode.length).toBe(
    before.doorCode.length,
  );

  const next = before.doorCode.length === 7 ? 8 : 7;
  await length.fill(String(next));
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByTestId("saved-indicator")).toBeVisible();
  await expect(page.getByText("Door codes: saved")).toBeVisible();
  expect((await (await page.request.get("/api/v1/building")).json()).building.config.doorCode.length).toBe(
    next,
  );
  await expectAccessible(page);
  await page.request.patch("/api/v1/building", {
    headers: SAME_ORIGIN,
    data: { config: { doorCode: before.doorCode } },
  });
});

test("the persona page previews the greeting and saves it", async ({ page }) => {
  test.setTimeout(60_000);
  const before = (await (await page.request.get("/api/v1/building")).json()).building.config.persona;
  await page.goto("/manager/persona");
  await expectAccessible(page);
  const greeting = `Welcome to Harbor View ${stamp()}!`;
  await page.getByRole("textbox", { name: "Greeting" }).fill(greeting);
  await expect(page.getByTestId("preview-greeting")).toHaveText(greeting);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("saved-indicator")).toBeVisible();
  expect((await (await page.request.get("/api/v1/building")).json()).building.config.persona.greeting).toBe(
    greeting,
  );
  await page.request.patch("/api/v1/building", {
    headers: SAME_ORIGIN,
    data: { config: { persona: { greeting: before.greeting } } },
  });
});

test("a CSV with a bad row names it and imports nothing; the fixed file imports", async ({ page }) => {
  test.setTimeout(60_000);
  const [a, b] = [`C${stamp()}a`, `C${stamp()}b`];
  const file = (floor: string) => ({
    name: "units.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `number,floor,type,capacity,rentable,nightlyRate,status\n${a},4,studio,2,yes,90.00,active\n${b},${floor},two_bedroom,4,no,,\n`,
    ),
  });
  await page.goto("/manager/units/import");
  await expectAccessible(page);
  await page.getByLabel("CSV file").setInputFiles(file("fourth"));
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("Row 2, floor:");
  await expect(errors).toContainText("Use a whole number from -10 to 300.");
  await expect(page.getByRole("button", { name: /Import 2 units/ })).toBeDisabled();
  await expectAccessible(page);
  expect(await unitNumbers(page)).not.toContain(a);

  await page.getByLabel("CSV file").setInputFiles(file("4"));
  await expect(page.getByText("2 rows ready")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 units" }).click();
  await expect(page.getByText("2 units imported.").first()).toBeVisible();
  const numbers = await unitNumbers(page);
  expect(numbers).toEqual(expect.arrayContaining([a, b]));
});

test.describe("refusals", () => {
  test.use({ storageState: storageStateOf("harborStaff") });

  test("staff cannot open the set-up pages nor add or change units", async ({ page }) => {
    for (const path of ["/manager/settings", "/manager/persona", "/manager/units/new", "/manager/devices"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    }
    const created = await page.request.post("/api/v1/units", {
      headers: SAME_ORIGIN,
      data: {
        number: "X1",
        floor: 1,
        type: "studio",
        capacity: 1,
        rentable: false,
        nightlyRateMinor: null,
        status: "active",
      },
    });
    expect(created.status()).toBe(403);
    const changed = await page.request.patch("/api/v1/units/unit_harbor_101", {
      headers: SAME_ORIGIN,
      data: { status: "blocked" },
    });
    expect(changed.status()).toBe(403);
  });
});

test.describe("isolation", () => {
  test.use({ storageState: storageStateOf("summitManager") });

  test("Summit Tower's manager cannot open or change Harbor View's units and devices", async ({ page }) => {
    for (const path of ["/manager/units/unit_harbor_101", "/manager/devices/dev_harbor_101_lock"]) {
      // the page streams behind its loading state, so "not found" is the page shown rather than the status
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    }
    const changed = await page.request.patch("/api/v1/units/unit_harbor_101", {
      headers: SAME_ORIGIN,
      data: { status: "blocked" },
    });
    expect(changed.status()).toBe(404);
    await page.goto("/manager/devices");
    await expect(page.getByText("dev_harbor", { exact: false })).toHaveCount(0);
  });
});
