import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { ONE_PIXEL_PNG as PNG } from "./fixtures/png";
import { SAME_ORIGIN } from "./fixtures/same-origin";
import { bookGuestStay } from "./fixtures/stays";

/**
 * Issue 17, item 7, on a phone: a checked-in guest opens their door from the stay page (asked first, the lock's
 * answer shown), reports a problem with a photo, and checks out; afterwards the doors no longer open for them.
 */
/** A date in Summit Tower's zone (America/Denver), `offset` days from today there. */
const summitDay = (offset: number) => {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Denver" }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

test("the guest opens the door, reports a problem with a photo and checks out", async ({ browser }) => {
  test.setTimeout(150_000);
  // A stay cannot be booked in the past, and its door window opens at the building's check-in time: Summit Tower
  // (not Harbor View, which the other guest specs use) checks in from 00:00 for this test, so a stay booked for
  // today is in progress at any hour the suite runs.
  const manager = await browser.newContext({ storageState: storageStateOf("summitManager") });
  const mPage = await manager.newPage();
  const patch = (checkInTime: string) =>
    mPage.request.patch("/api/v1/building", { headers: SAME_ORIGIN, data: { config: { checkInTime } } });
  const before = (await (await mPage.request.get("/api/v1/building")).json()).building.config
    .checkInTime as string;
  expect((await patch("00:00")).status()).toBe(200);
  try {
    const { id: reservationId, checkInUrl } = await bookGuestStay(mPage.request, {
      guest: { name: "Noa Silva", email: "noa@guest.example" },
      dates: { checkIn: summitDay(0), checkOut: summitDay(2) },
    });

    const guest = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await guest.newPage();
    await page.goto(new URL(checkInUrl).pathname);
    await page.getByRole("button", { name: "Start check-in" }).click();
    await page.getByRole("button", { name: "Confirm details" }).click();
    await page
      .getByLabel("ID document")
      .setInputFiles({ name: "id.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Upload" }).click();
    await page.getByRole("checkbox", { name: /accept/ }).check({ timeout: 15_000 });
    await page.getByRole("button", { name: "Accept the house rules" }).click();
    await expect(page.getByTestId("checkin-complete")).toBeVisible({ timeout: 20_000 });

    // the doors: asked first, then the lock's own answer
    const doors = page.getByRole("region", { name: "Your doors" });
    await expect(doors).toBeVisible();
    await doors
      .getByRole("button", { name: /^Unlock/ })
      .first()
      .click();
    await page.getByRole("dialog").getByRole("button", { name: "Unlock now" }).click();
    await expect(doors.getByRole("status").first()).not.toHaveText("", { timeout: 20_000 });
    await expectAccessible(page);

    // a problem, with a photo
    const report = page.getByRole("region", { name: "Report a problem" });
    await report.getByRole("button", { name: "Report a problem" }).click();
    // the form loads on demand and takes the focus from the button it replaces
    await expect(report.getByLabel("Title")).toBeFocused();
    await report.getByLabel("Title").fill("The shower drips");
    await report.getByLabel("Category").selectOption("plumbing");
    await report
      .getByTestId("photo-library-input")
      .setInputFiles({ name: "drip.png", mimeType: "image/png", buffer: PNG });
    // the form refuses to send while a photo is still uploading ("Wait for the photos to finish uploading.")
    await expect(report.getByText("drip.png uploaded.")).toBeAttached({ timeout: 20_000 });
    await report.getByRole("button", { name: "Send to the host" }).click();
    await expect(page.getByTestId("problem-sent")).toBeVisible({ timeout: 20_000 });

    // check out
    await page.getByRole("button", { name: "Check out" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Check out" }).click();
    // a finished stay ends the guest's session: the page says so, and no door is offered any more
    await expect(page.getByRole("heading", { name: "You have checked out" })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByRole("button", { name: /^Unlock/ })).toHaveCount(0);
    const after = await mPage.request.get(`/api/v1/reservations/${reservationId}`);
    expect(((await after.json()) as { reservation: { status: string } }).reservation.status).toBe(
      "checked_out",
    );
    await expectAccessible(page);
    await guest.close();
  } finally {
    await patch(before);
    await manager.close();
  }
});
