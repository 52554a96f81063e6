import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { ONE_PIXEL_PNG as PNG } from "./fixtures/png";
import { SAME_ORIGIN } from "./fixtures/same-origin";
import { bookGuestStay, futureStay } from "./fixtures/stays";

/**
 * Issue 17, the host's side of a stay: the guest checks in with an ID staff reject (the guest reads why and sends
 * another) and then approve; the guest checks out; the day's turnover is given to an outside cleaner, who works
 * the checklist from their link on a phone and marks the unit ready, which staff then see.
 */

test("stay → ID rejected, sent again, approved → check-out → the cleaner makes the unit ready", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stay = futureStay();
  const manager = await browser.newContext({ storageState: storageStateOf("harborManager") });
  const mPage = await manager.newPage();
  const booked = await bookGuestStay(mPage.request, {
    guest: { name: "Tove Berg", email: "tove@guest.example" },
    dates: stay,
  });
  const { checkInUrl } = booked;
  await manager.close();

  // the guest checks in
  const guest = await browser.newContext();
  const gPage = await guest.newPage();
  await gPage.goto(new URL(checkInUrl).pathname);
  await gPage.getByRole("button", { name: "Start check-in" }).click();
  await expect(gPage).toHaveURL(/\/stay$/);
  await gPage.getByRole("button", { name: "Confirm details" }).click();
  await gPage.getByLabel("ID document").setInputFiles({ name: "id.png", mimeType: "image/png", buffer: PNG });
  await gPage.getByRole("button", { name: "Upload" }).click();
  await expect(gPage.getByRole("checkbox", { name: /accept/ })).toBeVisible({ timeout: 15_000 });
  await gPage.getByRole("checkbox", { name: /accept/ }).check();
  await gPage.getByRole("button", { name: "Accept the house rules" }).click();
  await expect(gPage.getByTestId("checkin-complete")).toBeVisible();

  // staff reject the ID with a reason
  const staff = await browser.newContext({ storageState: storageStateOf("harborStaff") });
  const sPage = await staff.newPage();
  await sPage.goto(`/staff/reservations/${booked.id}`);
  const review = sPage.getByTestId("id-review");
  await review.getByRole("button", { name: "Reject…" }).click();
  await review.getByRole("textbox", { name: /Reason/ }).fill("The photo is too dark");
  await review.getByRole("button", { name: "Reject and ask again" }).click();
  await expect(review.getByText("The photo is too dark")).toBeVisible();
  await expectAccessible(sPage);

  // the guest reads why and sends another
  await gPage.reload();
  const rejected = gPage.getByTestId("id-rejected");
  await expect(rejected).toContainText("The photo is too dark");
  await rejected
    .getByLabel("ID document")
    .setInputFiles({ name: "id2.png", mimeType: "image/png", buffer: PNG });
  await rejected.getByRole("button", { name: "Upload" }).click();
  await expect(gPage.getByTestId("id-rejected")).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(gPage);

  // staff approve
  await sPage.reload();
  await sPage.getByTestId("id-review").getByRole("button", { name: "Approve ID" }).click();
  await expect(sPage.getByTestId("id-review").getByText("ID approved.")).toBeVisible();

  // the guest checks out
  const out = await gPage.request.post(`/api/v1/reservations/${booked.id}/check-out`, {
    headers: SAME_ORIGIN,
  });
  expect(out.status()).toBe(200);
  await guest.close();

  // the departure's turnover goes to an outside cleaner
  await sPage.goto(`/staff/turnovers?date=${stay.checkOut}`);
  const card = sPage.getByTestId("turnover").filter({ hasText: `Unit ${booked.unitNumber}` });
  await expect(card).toBeVisible();
  await expectAccessible(sPage);
  await card.getByRole("textbox", { name: /outside cleaner/ }).fill("Clara Cleaner");
  await card.getByRole("button", { name: "Assign" }).click();
  const linkText = await card.getByTestId("cleaner-link").textContent({ timeout: 15_000 });
  expect(linkText).toMatch(/\/turnover\//);

  // the cleaner, on a phone, works the checklist and marks the unit ready
  const cleaner = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const cPage = await cleaner.newPage();
  await cPage.goto(new URL(linkText ?? "").pathname);
  await expect(cPage.getByRole("heading", { name: `Cleaning unit ${booked.unitNumber}` })).toBeVisible();
  await expect(cPage.getByTestId("turnover-code")).toContainText(/\d{6}/);
  await expectAccessible(cPage);
  await cPage.getByRole("checkbox").first().check();
  await expect(cPage.getByText("In progress")).toBeVisible();
  await cPage.getByRole("button", { name: "Unit is ready" }).click();
  await expect(cPage.getByText("Thank you: the unit is marked ready.")).toBeVisible();
  await cleaner.close();

  await sPage.reload();
  await expect(
    sPage
      .getByTestId("turnover")
      .filter({ hasText: `Unit ${booked.unitNumber}` })
      .getByText("Ready", { exact: true }),
  ).toBeVisible();
  await staff.close();
});
