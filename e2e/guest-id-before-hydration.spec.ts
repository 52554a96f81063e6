import { type Browser, expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { ONE_PIXEL_PNG as PNG } from "./fixtures/png";
import { bookGuestStay, futureStay } from "./fixtures/stays";

/**
 * The check-in's ID step is drawn by the server and works once its script has run (hydrated), which on a slow
 * phone, or with the step's code loaded on demand, can be a while after it is on screen. A file the guest chose
 * in that time, and an Upload pressed in it, must not be lost. The app's scripts are held back here so that the
 * guest acts on the server's HTML alone.
 */

/** A resident books a stay through the JSON API; the guest opens its link and confirms their details. */
async function guestAtIdStep(browser: Browser) {
  const resident = await browser.newContext({ storageState: storageStateOf("harborResident") });
  const { path } = await bookGuestStay(resident.request, {
    guest: { name: `Early Upload ${Date.now()}`, email: `early.${Date.now()}@guest.example` },
    dates: futureStay({ from: 400, spread: 1_500 }),
  });
  await resident.close();
  // no service worker, which would answer the script requests before `page.route` sees them
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole("button", { name: "Start check-in" }).click();
  await expect(page).toHaveURL(/\/stay$/, { timeout: 20_000 });
  await page.getByRole("button", { name: "Confirm details" }).click();
  await expect(page.getByLabel("ID document")).toBeVisible({ timeout: 15_000 });
  return { context, page };
}

/** Holds the app's script requests from now until released. */
async function holdScripts(page: Page) {
  let release = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  await page.route("**/_next/static/**/*.js", async (route) => {
    await gate;
    await route.continue();
  });
  return async () => {
    release();
    // the held requests go on first (unrouting without waiting would answer them twice)
    await page.unrouteAll({ behavior: "wait" });
  };
}

/** The stay page loaded afresh with its scripts held back: the ID step is the server's HTML, with no handlers. */
async function reloadWithoutScripts(page: Page) {
  const release = await holdScripts(page);
  await page.goto("/stay", { waitUntil: "domcontentloaded" });
  const input = page.getByLabel("ID document");
  await expect(input).toBeVisible();
  expect(await hydrated(page)).toBe(false);
  return { input, release };
}

/** Whether React has taken over the ID step's file input (it keeps its props on the element it hydrated). */
function hydrated(page: Page) {
  return page
    .getByLabel("ID document")
    .evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps")));
}

const rulesStep = (page: Page) => page.getByRole("checkbox", { name: /accept/ });

test.describe("the ID step before its script has run", () => {
  test("a file chosen and sent before the step has hydrated is uploaded when it has", async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page } = await guestAtIdStep(browser);
    const { input, release } = await reloadWithoutScripts(page);
    await input.setInputFiles({ name: "id.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Upload" }).click();
    // nothing can have been sent yet: the page has no script of ours
    await expect(page).toHaveURL(/\/stay$/);
    await expect(rulesStep(page)).toHaveCount(0);

    await release();
    await expect(rulesStep(page)).toBeVisible({ timeout: 20_000 });
    await context.close();
  });

  test("a file chosen before the step has hydrated is uploaded by an Upload pressed after", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { context, page } = await guestAtIdStep(browser);
    const { input, release } = await reloadWithoutScripts(page);
    await input.setInputFiles({ name: "id.png", mimeType: "image/png", buffer: PNG });

    await release();
    await expect.poll(() => hydrated(page), { timeout: 20_000 }).toBe(true);
    // the input still holds the file the guest chose; React never saw it chosen
    expect(await input.evaluate((el) => (el as HTMLInputElement).files?.[0]?.name)).toBe("id.png");
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(rulesStep(page)).toBeVisible({ timeout: 20_000 });
    await context.close();
  });
});
