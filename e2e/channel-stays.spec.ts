import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { ONE_PIXEL_PNG as PNG } from "./fixtures/png";
import { SAME_ORIGIN } from "./fixtures/same-origin";
import { futureStay } from "./fixtures/stays";

/**
 * Issue 17 end to end: a manager adds a unit's Airbnb calendar (served from this test process: the e2e server runs
 * with CHANNEL_FEEDS_ALLOW_PRIVATE=1), syncs it, and its booking is a stay; the guest checks in from a re-issued link
 * and checks out; staff see the stay checked out.
 */

const compact = (d: string) => d.replaceAll("-", "");

/** Airbnb's export shape: CRLF lines, all-day dates, "Reserved" with the reservation URL in DESCRIPTION. */
const airbnb = (uid: string, s: { checkIn: string; checkOut: string }) =>
  [
    "BEGIN:VCALENDAR",
    "PRODID;X-RICAL-TZSOURCE=TZINFO:-//Airbnb Inc//Hosting Calendar 0.8.8//EN",
    "CALSCALE:GREGORIAN",
    "VERSION:2.0",
    "BEGIN:VEVENT",
    `DTSTART;VALUE=DATE:${compact(s.checkIn)}`,
    `DTEND;VALUE=DATE:${compact(s.checkOut)}`,
    `UID:${uid}`,
    "DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/HME2E0001\\nPhone Numbe",
    " r (Last 4 Digits): 4821",
    "SUMMARY:Reserved",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");

test("a channel booking becomes a stay the guest checks in to and out of", async ({ browser }) => {
  test.setTimeout(120_000);
  const stay = futureStay();
  const uid = `e2e-${Date.now()}@airbnb.com`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/calendar" });
    res.end(airbnb(uid, stay));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/calendar/ical/e2e.ics`;
  try {
    const manager = await browser.newContext({ storageState: storageStateOf("harborManager") });
    const mPage = await manager.newPage();
    const units = (await (await mPage.request.get("/api/v1/units?limit=200")).json()).items as {
      id: string;
      rentable: boolean;
      status: string;
    }[];
    const unit = units.find((u) => u.rentable && u.status === "active");
    expect(unit).toBeDefined();
    await mPage.goto(`/manager/units/${unit?.id}`);
    await expect(mPage.getByRole("heading", { name: "Channels", exact: true })).toBeVisible();
    await mPage.getByRole("textbox", { name: "iCal export URL" }).fill(feedUrl);
    await mPage.getByRole("combobox", { name: "Channel" }).selectOption("airbnb");
    await mPage.getByRole("button", { name: "Add calendar" }).click();
    const feed = mPage.getByRole("listitem").filter({ hasText: feedUrl });
    await expect(feed).toBeVisible();
    await feed.getByRole("button", { name: "Sync now" }).click();
    await expect(feed.getByText("In sync")).toBeVisible({ timeout: 20_000 });
    await expectAccessible(mPage);

    // the booking is a stay of the unit, from Airbnb, keyed by the event's UID
    const list = await mPage.request.get(
      `/api/v1/reservations?unitId=${unit?.id}&from=${stay.checkIn}&to=${stay.checkOut}`,
    );
    const found = ((await list.json()).items as { id: string; source: string; externalId?: string }[]).find(
      (r) => r.externalId === uid,
    );
    expect(found?.source).toBe("airbnb");
    const reissued = await mPage.request.post(`/api/v1/reservations/${found?.id}/checkin-link`, {
      headers: SAME_ORIGIN,
      data: {},
    });
    expect(reissued.status()).toBe(200);
    const link = (await reissued.json()).checkInUrl as string;
    await manager.close();

    // the guest checks in from the link, then checks out
    const guest = await browser.newContext();
    const gPage = await guest.newPage();
    await gPage.goto(new URL(link).pathname);
    await gPage.getByRole("button", { name: "Start check-in" }).click();
    await expect(gPage).toHaveURL(/\/stay$/);
    await gPage.getByRole("button", { name: "Confirm details" }).click();
    await gPage
      .getByLabel("ID document")
      .setInputFiles({ name: "id.png", mimeType: "image/png", buffer: PNG });
    await gPage.getByRole("button", { name: "Upload" }).click();
    await expect(gPage.getByRole("checkbox", { name: /accept/ })).toBeVisible({ timeout: 15_000 });
    await gPage.getByRole("checkbox", { name: /accept/ }).check();
    await gPage.getByRole("button", { name: "Accept the house rules" }).click();
    await expect(gPage.getByTestId("checkin-complete")).toBeVisible();
    const out = await gPage.request.post(`/api/v1/reservations/${found?.id}/check-out`, {
      headers: SAME_ORIGIN,
    });
    expect(out.status()).toBe(200);
    expect((await out.json()).reservation.status).toBe("checked_out");
    await guest.close();

    const staff = await browser.newContext({ storageState: storageStateOf("harborStaff") });
    const sPage = await staff.newPage();
    await sPage.goto(`/staff/reservations/${found?.id}`);
    await expect(sPage.getByText("Checked out").first()).toBeVisible();
    await staff.close();
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
