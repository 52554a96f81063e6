import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { ONE_PIXEL_PNG as PNG } from "./fixtures/png";
import { bookGuestStay, futureStay } from "./fixtures/stays";

/**
 * The check-in's steps are drawn by the server and work once their script has run (hydrated), which on a slow
 * phone, or with a step's code loaded on demand, can be a while after they are on screen. A file the guest chose
 * in that time, a box ticked, and an Upload or Accept pressed in it must not be lost. The app's scripts are held back here so that the
 * guest acts on the server's HTML alone.
 */

/**
 * The manager books a stay through the JSON API (on any unit that takes the dates: a resident's one or two
 * units can be taken on the random dates by the other specs' stays); the guest opens its link and confirms
 * their details.
 */
async function guestAtIdStep(browser: Browser) {
  const manager = await browser.newContext({ storageState: storageStateOf("harborManager") });
  const { path } = await bookGuestStay(manager.request, {
    guest: { name: `Early Upload ${Date.now()}`, email: `early.${Date.now()}@guest.example` },
    dates: () => futureStay({ from: 400, spread: 1_500 }),
  });
  await manager.close();
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

/** The stay page loaded afresh with its scripts held back: the step is the server's HTML, with no handlers. */
async function reloadWithoutScripts(page: Page, control: Locator) {
  const release = await holdScripts(page);
  await page.goto("/stay", { waitUntil: "domcontentloaded" });
  await expect(control).toBeVisible();
  expect(await hydrated(control)).toBe(false);
  return release;
}

/** Whether React has taken over this control (it keeps its props on the element it hydrated). */
function hydrated(control: Locator) {
  return control.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps")));
}

const rulesStep = (page: Page) => page.getByRole("checkbox", { name: /accept/ });

test.describe("the check-in's steps before their script has run", () => {
  test("an ID chosen and sent, then the house rules accepted, before the step has hydrated: each goes through when it has", async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const { context, page } = await guestAtIdStep(browser);
    const input = page.getByLabel("ID document");
    let release = await reloadWithoutScripts(page, input);
    await input.setInputFiles({ name: "id.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Upload" }).click();
    // nothing can have been sent yet: the page has no script of ours (and the browser did not submit the form)
    await expect(page).toHaveURL(/\/stay$/);
    await expect(rulesStep(page)).toHaveCount(0);
    await release();
    await expect(rulesStep(page)).toBeVisible({ timeout: 20_000 });

    release = await reloadWithoutScripts(page, rulesStep(page));
    await rulesStep(page).check();
    await page.getByRole("button", { name: "Accept the house rules" }).click();
    await expect(page).toHaveURL(/\/stay$/);
    await expect(page.getByTestId("checkin-complete")).toHaveCount(0);
    await release();
    await expect(page.getByTestId("checkin-complete")).toBeVisible({ timeout: 20_000 });
    await context.close();
  });

  test("a file chosen before the step has hydrated is uploaded by an Upload pressed after", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { context, page } = await guestAtIdStep(browser);
    const input = page.getByLabel("ID document");
    const release = await reloadWithoutScripts(page, input);
    await input.setInputFiles({ name: "id.png", mimeType: "image/png", buffer: PNG });

    await release();
    await expect.poll(() => hydrated(input), { timeout: 20_000 }).toBe(true);
    // the input still holds the file the guest chose; React never saw it chosen
    expect(await input.evaluate((el) => (el as HTMLInputElement).files?.[0]?.name)).toBe("id.png");
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(rulesStep(page)).toBeVisible({ timeout: 20_000 });
    await context.close();
  });
});
