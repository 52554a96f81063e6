import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { bookGuestStay } from "./fixtures/stays";

/**
 * Issue 17, the guest message timeline: staff see a stay's scheduled messages, pause them and send one now; the
 * guest reads it on their stay page; a manager edits a template and is told at the field about a bad placeholder.
 */
test("staff pause a stay's messages and send one now; the guest reads it; a manager edits a template", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const manager = await browser.newContext({ storageState: storageStateOf("harborManager") });
  const mPage = await manager.newPage();
  const { id: reservationId, checkInUrl } = await bookGuestStay(mPage.request, {
    guest: { name: "Ana Souza", email: "ana@guest.example" },
  });

  const staff = await browser.newContext({ storageState: storageStateOf("harborStaff") });
  const sPage = await staff.newPage();
  await sPage.goto(`/staff/reservations/${reservationId}`);
  const card = sPage.getByTestId("stay-messages");
  await expect(card.getByText("Before arrival (check-in link)", { exact: true })).toBeVisible();
  await card.getByRole("button", { name: "Pause messages" }).click();
  await expect(card.getByText("Messages paused.")).toBeVisible();
  await expect(card.getByText("Automatic messages are paused for this stay.")).toBeVisible();
  await card.getByRole("button", { name: "Send now: Morning of departure" }).click();
  await expect(card.getByText("Morning of departure: sent.")).toBeVisible();
  await expectAccessible(sPage);
  await staff.close();

  const guest = await browser.newContext();
  const gPage = await guest.newPage();
  await gPage.goto(new URL(checkInUrl).pathname);
  await gPage.getByRole("button", { name: "Start check-in" }).click();
  await expect(gPage).toHaveURL(/\/stay$/);
  const messages = gPage.getByRole("region", { name: "Messages" });
  await expect(messages.getByText(/Check-out today by/)).toBeVisible();
  await guest.close();

  await mPage.goto("/manager/messages");
  await mPage.getByRole("textbox", { name: "SMS text (English)" }).first().fill("Hi {guest}");
  await mPage.getByRole("button", { name: "Save messages" }).click();
  await expect(mPage.getByText("Some fields need a change (see the marked fields).")).toBeVisible();
  await expect(mPage.getByText(/uses a placeholder not in the list/)).toBeVisible();
  await expectAccessible(mPage);
  await manager.close();
});
