import { expect, type Locator, type Page, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";

/**
 * Issue 8: a resident books a stay and opens a ticket with the keyboard alone (Tab, Shift+Tab, Enter, Space,
 * arrow keys; no mouse, no fill). Every control focused on the way shows a visible focus indicator; after a
 * navigation focus starts at the new page's heading; closing a dialog returns focus to what opened it.
 */
test.use({ storageState: storageStateOf("harborResident"), viewport: { width: 1280, height: 900 } });

type FocusStyle = { what: string; outline: string; outlineWidth: number; boxShadow: string };

const focusedStyle = (page: Page) =>
  page.evaluate((): FocusStyle | null => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return {
      what: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`,
      outline: s.outlineStyle,
      outlineWidth: Number.parseFloat(s.outlineWidth),
      boxShadow: s.boxShadow,
    };
  });

const isVisibleFocus = (s: FocusStyle) =>
  (s.outline !== "none" && s.outlineWidth > 0) || s.boxShadow !== "none";

/** Every element that took focus without a visible indicator, across the whole walk. */
const invisible: string[] = [];

/** Presses Tab (or Shift+Tab) until `target` has focus, checking each stop's focus indicator on the way. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const style = await focusedStyle(page);
    if (style && !isVisibleFocus(style)) invisible.push(style.what);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** After a navigation, focus starts at the new page's heading. */
async function expectFocusOnHeading(page: Page, name: string | RegExp) {
  const heading = page.getByRole("heading", { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
}

function futureDates() {
  const start = new Date();
  start.setUTCDate(start.getUTCDate() + 500 + Math.floor(Math.random() * 1500));
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 2);
  // typed into the date fields as the en-US browser shows them: month, day, year
  const typed = (d: Date) =>
    `${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}${d.getUTCFullYear()}`;
  return { checkIn: typed(start), checkOut: typed(end) };
}

test("a resident books a stay and opens a ticket with the keyboard only", async ({ page }) => {
  test.setTimeout(120_000);
  invisible.length = 0;
  await page.goto("/resident");

  // the skip link comes first, shows when focused, and takes focus to the page's main region
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();

  // Stays, from the sidebar (behind main: Shift+Tab)
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stays" }), {
    back: true,
  });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/resident\/stays$/);
  await expectFocusOnHeading(page, /Stays|stays/);

  await tabTo(page, page.getByRole("main").getByRole("link", { name: "Book a stay" }).first());
  await page.keyboard.press("Enter");
  await expectFocusOnHeading(page, "Book a stay");

  const guest = `Keyboard Guest ${Date.now()}`;
  const dates = futureDates();
  await tabTo(page, page.getByLabel("Check-in"));
  await page.keyboard.type(dates.checkIn);
  await tabTo(page, page.getByLabel("Check-out"));
  await page.keyboard.type(dates.checkOut);
  await tabTo(page, page.getByLabel("Full name"));
  await page.keyboard.type(guest);
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(`keyboard.${Date.now()}@guest.example`);
  // a native select: arrow keys choose without opening it
  const language = page.getByLabel("Guest's language");
  await tabTo(page, language);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(language).toHaveValue("es");
  await expect(page.getByTestId("price")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: /Confirm booking/ }));
  await page.keyboard.press("Enter");

  // the result takes focus; the stay's page is two Tabs away
  const done = page.getByRole("status").filter({ hasText: "The stay is booked" });
  await expect(done).toBeFocused();
  await tabTo(page, page.getByRole("link", { name: "Open the stay" }), { max: 5 });
  await page.keyboard.press("Enter");
  await expectFocusOnHeading(page, `Stay of ${guest}`);

  // a dialog: opened with Space, focus inside, Escape closes it and focus returns to its button
  const cancel = page.getByRole("button", { name: "Cancel stay" });
  await tabTo(page, cancel);
  await page.keyboard.press("Space");
  const dialog = page.getByRole("dialog", { name: "Cancel this stay?" });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cancel).toBeFocused();

  // a ticket: Tickets in the sidebar, then the form
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tickets" }), {
    back: true,
  });
  await page.keyboard.press("Enter");
  await expectFocusOnHeading(page, "Your tickets");
  await tabTo(page, page.getByRole("main").getByRole("link", { name: "Open a ticket" }).first());
  await page.keyboard.press("Enter");
  await expectFocusOnHeading(page, "Open a ticket");

  const title = `Hall light flickers ${Date.now().toString(36)}`;
  await tabTo(page, page.getByLabel("Title"));
  await page.keyboard.type(title);
  const category = page.getByLabel("Category");
  await tabTo(page, category);
  await page.keyboard.press("ArrowDown");
  await expect(category).not.toHaveValue("");
  await tabTo(page, page.getByLabel("Description"));
  await page.keyboard.type("The ceiling light in the hall flickers every few seconds.");
  await tabTo(page, page.getByRole("button", { name: "Open ticket" }));
  await page.keyboard.press("Enter");
  await expectFocusOnHeading(page, title);

  expect(invisible, "focused without a visible focus indicator").toEqual([]);
});
