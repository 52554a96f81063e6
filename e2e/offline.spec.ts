import { type Browser, expect, type Page, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { SAME_ORIGIN } from "./fixtures/same-origin";
import { bookGuestStay, futureStay } from "./fixtures/stays";

/**
 * Issue 8: the guest's stay page keeps working offline once opened (public/sw.js), says when it was last
 * updated, and a revoked link wipes the saved copy at the next online visit, so it stays gone offline too.
 */

/** A resident books through the JSON API (with their session) and gets the guest's link back. */
async function bookAsResident(browser: Browser, guestName: string) {
  const context = await browser.newContext({ storageState: storageStateOf("harborResident") });
  const stay = await bookGuestStay(context.request, {
    guest: { name: guestName, email: `offline.${Date.now()}@guest.example` },
    dates: () => futureStay({ from: 400, spread: 1_500 }),
  });
  await context.close();
  return stay;
}

const savedStayCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("buildingos-stay-page")));

test.describe("the stay page offline", () => {
  test("a guest's stay stays readable offline until the link is revoked", async ({ browser }) => {
    test.setTimeout(90_000);
    const guestName = `Offline Guest ${Date.now()}`;
    const stay = await bookAsResident(browser, guestName);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(stay.path);
    await page.getByRole("button", { name: "Start check-in" }).click();
    await expect(page).toHaveURL(/\/stay$/);
    const arrival = page.getByRole("region", { name: "Arrival information" });
    await expect(arrival).toBeVisible();
    // the first visit saves the page (the worker controls the stay page from its next load)
    await expect(page.getByText("Saved on this device")).toBeVisible({ timeout: 20_000 });
    const arrivalOnline = await arrival.textContent();
    // the copy the worker saved, and when it was read
    const updatedAt = await page.evaluate(async () => {
      const html = await (await caches.match("/stay"))?.text();
      return html?.match(/data-updated-at="([^"]+)"/)?.[1] ?? null;
    });
    expect(updatedAt).not.toBeNull();
    expect(await savedStayCaches(page)).toHaveLength(1);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${guestName.split(" ")[0]}`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    await expect(arrival).toBeVisible();
    expect(await arrival.textContent()).toBe(arrivalOnline);
    // the saved copy: its read time, and the page says so
    await expect(page.getByTestId("offline-stay")).toHaveAttribute("data-updated-at", updatedAt ?? "");
    await expect(page.getByRole("status").getByText("You are offline")).toBeVisible();
    await expect(page.getByTestId("last-updated")).toHaveText(/^Last updated .*\d{1,2}:\d{2}/);
    await expectAccessible(page);

    // back online, staff revoke the link
    await context.setOffline(false);
    const staff = await browser.newContext({ storageState: storageStateOf("harborStaff") });
    const revoked = await staff.request.delete(`/api/v1/reservations/${stay.id}/checkin-link`, {
      headers: SAME_ORIGIN,
    });
    expect(revoked.status()).toBe(200);
    await staff.close();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open the link from your email");
    await expect(page.getByText(guestName)).toHaveCount(0);
    await expect.poll(() => savedStayCaches(page)).toEqual([]);

    // and offline it stays gone: nothing saved to fall back on
    await context.setOffline(true);
    await page.reload().catch(() => undefined);
    await expect(page.getByRole("region", { name: "Arrival information" })).toHaveCount(0);
    await expect(page.getByText(`Hello, ${guestName.split(" ")[0]}`)).toHaveCount(0);
    await context.setOffline(false);
    await context.close();
  });

  test("portal pages are never controlled by the worker", async ({ browser }) => {
    const stay = await bookAsResident(browser, `Scoped Guest ${Date.now()}`);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(stay.path);
    await page.getByRole("button", { name: "Start check-in" }).click();
    await expect(page.getByText("Saved on this device")).toBeVisible({ timeout: 20_000 });
    const scopes = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
    );
    expect(scopes).toEqual(["/stay"]);
    await page.goto("/about");
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await savedStayCaches(page)).toHaveLength(1);
    // the guest signs out on this device: the sign-in page they land on forgets the saved stay. (Clearing the
    // cookies instead raced /about's prefetch of /login, whose answer wrote the live session cookie back: /login
    // then sent the still signed-in guest to /stay, which saved it again. A sign-out ends the session itself.)
    await page.goto("/logout");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    // the sign-in page forgets it once hydrated, which can take a while on a loaded CI machine
    await expect.poll(() => savedStayCaches(page), { timeout: 20_000 }).toEqual([]);
    await context.close();
  });

  test("the app can be installed: manifest and icons", async ({ request }) => {
    const res = await request.get("/manifest.webmanifest");
    expect(res.ok()).toBe(true);
    const manifest = await res.json();
    expect(manifest).toMatchObject({ name: "BuildingOS", display: "standalone", start_url: "/" });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const purposes = manifest.icons.map((i: { purpose: string }) => i.purpose);
    expect(purposes).toContain("maskable");
    for (const icon of manifest.icons) {
      const png = await request.get(icon.src);
      expect(png.headers()["content-type"]).toBe("image/png");
    }
    const login = await request.get("/login");
    expect(await login.text()).toContain('rel="manifest" href="/manifest.webmanifest"');
  });
});
