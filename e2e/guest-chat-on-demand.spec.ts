import { type Browser, expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { bookGuestStay, futureStay } from "./fixtures/stays";

/**
 * Issue 19: the stay page does not make the phone download the concierge's code (the AI SDK, the markdown
 * renderer) with the page. The chat loads when its section comes near the viewport or the guest uses it; a
 * question asked or text typed before then is not lost, and a past conversation shows before the code is there.
 */

/** The AI SDK marks its errors with `Symbol.for("vercel.ai.error")`: a script holding this is the chat's code. */
const CHAT_CODE = "vercel.ai.error";

/** A resident books a stay far ahead through the JSON API; the guest opens its link: on /stay, signed in. */
async function guestOnStay(browser: Browser) {
  const resident = await browser.newContext({ storageState: storageStateOf("harborResident") });
  const { path } = await bookGuestStay(resident.request, {
    guest: { name: `Lazy Chat ${Date.now()}`, email: `lazy.${Date.now()}@guest.example` },
    dates: () => futureStay({ from: 400, spread: 1_500 }),
  });
  await resident.close();
  // a phone's screen; no service worker, which would answer the script requests before `page.route` sees them
  const context = await browser.newContext({
    viewport: { width: 390, height: 740 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole("button", { name: "Start check-in" }).click();
  // the sign-in with the link can take a while on a loaded machine
  await expect(page).toHaveURL(/\/stay$/, { timeout: 20_000 });
  return { context, page };
}

/** Whether any script the page has loaded since this was called is the chat's code. */
function watchScripts(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on("response", (res) => {
    if (res.request().resourceType() === "script") bodies.push(res.text().catch(() => ""));
  });
  return async () => (await Promise.all(bodies)).some((b) => b.includes(CHAT_CODE));
}

/** Holds the app's script requests from now until released, so that the test acts before the chat has loaded. */
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

/** The page from scratch (not a client-side navigation), until the network is idle. */
async function openStay(page: Page) {
  await page.goto("/stay", { waitUntil: "networkidle" });
  return page.getByTestId("guest-chat");
}

test.describe("the stay page's concierge on demand", () => {
  test("the chat's code is not loaded with the page, only when its section is scrolled to", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const { context, page } = await guestOnStay(browser);
    const chatLoaded = watchScripts(page);
    const chat = await openStay(page);
    // below the fold: the stand-in is there (same heading, suggestions and message box), the chat's code is not
    await expect(chat.locator("[data-chat]")).toHaveAttribute("data-chat", "waiting");
    await expect(chat.getByRole("heading", { name: "Concierge" })).toBeAttached();
    await expect(chat.getByRole("button", { name: "When are the quiet hours?" })).toBeAttached();
    await expect(chat.getByLabel("Your message")).toBeAttached();
    expect(await chatLoaded()).toBe(false);

    await chat.scrollIntoViewIfNeeded();
    await expect(chat.locator("[data-chat]")).toHaveAttribute("data-chat", "loaded", { timeout: 15_000 });
    expect(await chatLoaded()).toBe(true);
    await expect(chat.getByTestId("offline-notice")).toBeVisible();
    await context.close();
  });

  test("a question asked before the chat has loaded is answered, and a past conversation shows before it loads", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { context, page } = await guestOnStay(browser);
    const chat = await openStay(page);
    const state = chat.locator("[data-chat]");
    const release = await holdScripts(page);
    const box = chat.getByLabel("Your message");
    await box.fill("When are the quiet hours?");
    await expect(state).toHaveAttribute("data-chat", "loading");
    await expect(state).toHaveAttribute("aria-busy", "true");
    await expect(chat.getByRole("status").filter({ hasText: "Loading the chat…" })).toBeVisible();
    await box.press("Enter");
    await expect(chat.getByTestId("message-user")).toHaveText(/When are the quiet hours\?/);
    await expect(chat.getByRole("button", { name: "When are the quiet hours?" })).toHaveCount(0);
    await expectAccessible(page);

    await release();
    await expect(state).toHaveAttribute("data-chat", "loaded", { timeout: 15_000 });
    await expect(state).not.toHaveAttribute("aria-busy", "true");
    await expect(chat.getByTestId("message-assistant").last()).toContainText("22:00", { timeout: 15_000 });
    await expect(chat.getByTestId("message-user")).toHaveCount(1);
    // the focus was in the stand-in's message box: it is in the chat's now
    await expect(chat.getByLabel("Your message")).toBeFocused();

    // again from scratch, with the chat's code held back: the conversation is there without it
    const chatLoaded = watchScripts(page);
    await openStay(page);
    await expect(state).toHaveAttribute("data-chat", "waiting");
    expect(await chatLoaded()).toBe(false);
    await expect(chat.getByTestId("message-assistant")).toHaveCount(1);
    await expect(chat.getByTestId("message-assistant")).toContainText("22:00");
    await expect(chat.getByTestId("message-user")).toHaveText(/When are the quiet hours\?/);
    await expect(chat.getByRole("button", { name: "When are the quiet hours?" })).toHaveCount(0);

    // text typed (not sent) before the chat loads is in the chat's message box afterwards, with the focus
    const releaseAgain = await holdScripts(page);
    await box.fill("And what time is check-out?");
    await expect(state).toHaveAttribute("data-chat", "loading");
    await releaseAgain();
    await expect(state).toHaveAttribute("data-chat", "loaded", { timeout: 15_000 });
    await expect(chat.getByLabel("Your message")).toHaveValue("And what time is check-out?");
    await expect(chat.getByLabel("Your message")).toBeFocused();
    await expect(chat.getByTestId("message-assistant")).toHaveCount(1);
    await context.close();
  });
});
