import { type Browser, expect, type Page, test } from "@playwright/test";
import { type AccountName, storageStateOf } from "./fixtures/accounts";
import { expectAccessible } from "./fixtures/expect-accessible";
import { simulatePin } from "./fixtures/mqtt";
import { SAME_ORIGIN } from "./fixtures/same-origin";

/**
 * Life in the building (issue 18) on the demo data: a resident books Harbor View's party room and gets its door
 * code, a second resident is refused the same slot; the desk logs a parcel, the resident sees it with a PIN and the
 * desk records the pickup with that PIN; a resident issues a weekly pass to a cleaner for the building's entrances,
 * the cleaner keys the PIN in at the lobby (the device simulator) and the resident sees her entry on the pass.
 */
// each flow opens several pages and checks two or three with axe: more than the default 30 s under a loaded CI machine
test.describe.configure({ mode: "serial", timeout: 60_000 });

const PARTY_ROOM = "amen_harbor_partyroom";
/** A day well inside the party room's 60 days, a different one on each run of the suite's fresh stack. */
const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

async function as(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account) });
  return context.newPage();
}

test("a resident books the party room and gets a code for the slot; the slot is refused to a second resident", async ({
  browser,
}) => {
  const riley = await as(browser, "harborResident");
  await riley.goto(`/resident/amenities?amenity=${PARTY_ROOM}&date=${day}`);
  await expect(riley.getByRole("heading", { level: 1, name: "Amenities" })).toBeVisible();
  await expect(riley.getByRole("heading", { name: "Party room" })).toBeVisible();
  await expectAccessible(riley);
  const slot = riley.locator("li[data-slot]").first();
  const startsAt = await slot.getAttribute("data-slot");
  await slot.getByRole("button", { name: /^Book/ }).click();
  await expect(slot.getByText("Full")).toBeVisible();
  const pin = riley.getByTestId("amenity-pin").first();
  await expect(pin).toHaveText(/^\d{6}$/);

  const jordan = await as(browser, "harborResident2");
  await jordan.goto(`/resident/amenities?amenity=${PARTY_ROOM}&date=${day}`);
  const same = jordan.locator(`li[data-slot="${startsAt}"]`);
  await expect(same.getByText("Full")).toBeVisible();
  await expect(same.getByRole("button")).toHaveCount(0);
  // the page offers no button, and the server refuses the slot anyway
  const endsAt = new Date(Date.parse(startsAt ?? "") + 120 * 60_000).toISOString();
  const refused = await jordan.request.post("/api/v1/amenity-bookings", {
    data: { amenityId: PARTY_ROOM, startsAt, endsAt },
    headers: SAME_ORIGIN,
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.code).toBe("conflict");

  // the desk sees the booking on that day's schedule
  const desk = await as(browser, "harborStaff");
  await desk.goto(`/staff/amenities?date=${day}`);
  await expect(desk.getByRole("heading", { level: 1, name: "Amenity schedule" })).toBeVisible();
  await expect(desk.getByRole("cell", { name: "Riley Chen" })).toBeVisible();
  await expectAccessible(desk);
});

test("the desk logs a parcel, the resident sees it with a PIN, and the desk records the pickup with it", async ({
  browser,
}) => {
  const desk = await as(browser, "harborStaff");
  await desk.goto("/staff/packages");
  await expect(desk.getByRole("heading", { level: 1, name: "Package room" })).toBeVisible();
  await expectAccessible(desk);
  await desk.locator(`select[name="unitId"]`).selectOption({ label: "101" });
  await desk.locator(`select[name="recipientId"]`).selectOption({ label: "Riley Chen" });
  await desk.getByLabel("Carrier").fill("E2E Couriers");
  await desk.getByLabel("Shelf").fill("Z9");
  await desk.getByRole("button", { name: "Log parcel" }).click();
  await expect(desk.getByRole("status")).toContainText("Logged for unit 101");

  const riley = await as(browser, "harborResident");
  await riley.goto("/resident/packages");
  const mine = riley.locator("li[data-package]", { hasText: "E2E Couriers" });
  await expect(mine).toContainText("Z9");
  const pin = (await mine.getByTestId("package-pin").textContent())?.trim() ?? "";
  expect(pin).toMatch(/^\d{6}$/);
  await expectAccessible(riley);

  await desk.reload();
  const parcel = desk.locator("li[data-package]", { hasText: "E2E Couriers" });
  await parcel.getByLabel("PIN (optional)").fill(pin);
  await parcel.getByRole("button", { name: "Record pickup" }).click();
  await expect(desk.locator("li[data-package]", { hasText: "E2E Couriers" })).toHaveCount(0);

  await riley.reload();
  await expect(riley.locator("li[data-package]", { hasText: "E2E Couriers" })).toContainText("Picked up");
  await expect(
    riley.locator("li[data-package]", { hasText: "E2E Couriers" }).getByTestId("package-pin"),
  ).toHaveCount(0);
});

test("a resident issues a recurring pass to a cleaner and sees the cleaner's entries", async ({
  browser,
}) => {
  const riley = await as(browser, "harborResident");
  await riley.goto("/resident/passes");
  await expect(riley.getByRole("heading", { level: 1, name: "Access passes" })).toBeVisible();
  await expectAccessible(riley);
  const cleaner = `E2E Cleaner ${Date.now().toString(36)}`;
  const form = riley.getByRole("form", { name: "Issue a pass" });
  await form.getByLabel("Name").fill(cleaner);
  await form.getByLabel("Who is it for").selectOption("cleaner");
  await form.getByLabel("Entrances (zone)").check();
  await form.getByLabel("Schedule").selectOption("weekly");
  for (const d of ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    await form.getByLabel(d, { exact: true }).check();
  await form.getByLabel("From (time)").fill("00:00");
  await form.getByLabel("Until (time)").fill("23:59");
  await form.getByRole("button", { name: "Issue pass" }).click();
  await expect(form.getByRole("status")).toContainText("Pass issued");
  const pin = (await form.getByTestId("pass-pin").textContent())?.trim() ?? "";
  expect(pin).toMatch(/^\d{6}$/);
  const link = (await form.getByTestId("pass-link").getAttribute("href")) ?? "";

  // the public page (no sign-in) shows the PIN
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(new URL(link).pathname);
  await expect(anonymous.getByTestId("public-pin")).toHaveText(pin);
  await expectAccessible(anonymous);

  // the cleaner keys it in at the lobby; the entry is on the pass, under her name
  const card = riley.locator("li[data-pass]", { hasText: cleaner });
  await expect(card).toContainText("Active");
  await card.getByRole("link", { name: `Details and entries: ${cleaner}` }).click();
  await expect(riley.getByRole("heading", { level: 1, name: `Access pass for ${cleaner}` })).toBeVisible();
  await expect(async () => {
    await simulatePin("bld_harbor", "dev_harbor_lobby_lock", pin);
    await riley.reload();
    await expect(riley.getByTestId("pass-entries")).toContainText("Lobby entrance", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(riley.getByTestId("pass-entries")).toContainText("Opened");
  await expectAccessible(riley);

  // revoked by its issuer: the public page no longer shows the PIN
  await riley.getByRole("button", { name: "Revoke" }).click();
  await riley.getByRole("dialog").getByRole("button", { name: "Revoke pass" }).click();
  await expect(riley.locator("li[data-pass]", { hasText: cleaner })).toContainText("Revoked");
  await anonymous.reload();
  await expect(anonymous.getByTestId("public-pin")).toHaveCount(0);
});

test("a manager edits an amenity's rules and sees the door groups, both pages accessible", async ({
  browser,
}) => {
  const manager = await as(browser, "harborManager");
  await manager.goto("/manager/amenities");
  await expect(manager.getByRole("heading", { level: 1, name: "Manage amenities" })).toBeVisible();
  await expectAccessible(manager);
  const gym = manager.locator("details", { hasText: "Gym" }).first();
  await gym.locator("summary").click();
  const form = gym.getByRole("form", { name: /^Edit Gym/ });
  await form.getByLabel("House rules").fill("Wipe the benches after use (e2e).");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("status")).toContainText("was saved");
  await manager.reload();
  const again = manager.locator("details", { hasText: "Gym" }).first();
  await again.locator("summary").click();
  await expect(again.getByLabel("House rules")).toHaveValue("Wipe the benches after use (e2e).");

  await manager.goto("/manager/door-groups");
  await expect(manager.getByRole("heading", { level: 1, name: "Door groups" })).toBeVisible();
  await expect(manager.getByText("opened by stay codes").first()).toBeVisible();
  await expectAccessible(manager);
});
