import { afterAll, describe, expect, it } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { type RunningS3, startS3 } from "../../../scripts/stack/s3";
import { getBuilding, updateBuildingConfig } from "../../db/buildings";
import { findCommand } from "../../db/device-commands";
import { createReservation, getReservation } from "../../db/reservations";
import { findTicket } from "../../db/tickets";
import { commandDevice } from "../devices/command-device";
import { imageBytes, postForm } from "../shared/test-fixtures";
import { checkOutStay } from "../stays/check-out-stay";
import { openTicket } from "../tickets/open-ticket";
import { createUpload } from "../uploads/create-upload";
import { getGuestActions } from "./get-guest-actions";

/**
 * The guest's own page (issue 17, item 7) against DynamoDB Local and the S3 emulator: unlocking only the stay's
 * doors and only during the stay (and only where the building allows it), the command attributed to the guest;
 * a problem reported with a photo lands on the stay's unit whatever the body says; check-out ends the stay.
 */
const bucket = "guest-actions-test";
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(() => emulator.stop());

const b = newBuildingId();
const building = await seedBuilding(b);
const today = todayIn(building.timezone);
const unit = await seedUnit(b, "301");
const other = await seedUnit(b, "302");
const door = await seedDevice(b, { unitId: unit.id, name: "301 door" });
const lobby = await seedDevice(b, { unitId: null, name: "Lobby door" });
const neighbour = await seedDevice(b, { unitId: other.id, name: "302 door" });
const sensor = await seedDevice(b, { unitId: unit.id, type: "sensor", name: "301 leak sensor" });

const guestOf = (r: Reservation): Actor => ({
  kind: "guest",
  id: `guest:${r.id}`,
  role: "guest",
  buildingId: b,
  unitIds: [r.unitId],
  reservationId: r.id,
});
async function stay(checkIn: string, checkOut: string, unitId = unit.id) {
  const r = await createReservation({
    reservation: makeReservation(b, unitId, checkIn, checkOut, { status: "checked_in" }),
  });
  return { r, guest: guestOf(r) };
}
let n = 310;
/** A stay in a unit of its own, with its door. */
async function stayWithDoor(checkIn: string, checkOut: string) {
  const u = await seedUnit(b, String(n++));
  const d = await seedDevice(b, { unitId: u.id, name: `${u.number} door` });
  return { ...(await stay(checkIn, checkOut, u.id)), unit: u, door: d };
}
const unlock = (guest: Actor, deviceId: string) =>
  commandDevice(guest, { deviceId, action: "unlock" }, { bridge: null });

describe("the guest's doors", () => {
  it("during the stay: the unit's door and the shared door open for the guest (attributed to them), no other door", async () => {
    const { guest } = await stay(addDays(today, -1), addDays(today, 2));
    const actions = await getGuestActions(guest);
    expect(actions.unlock.blocked).toBeNull();
    expect(actions.doors.map((d) => [d.name, d.shared]).sort()).toEqual([
      ["301 door", false],
      ["Lobby door", true],
    ]);
    for (const d of [door, lobby]) {
      const cmd = await unlock(guest, d.id);
      // no broker here: the command passed every check and was sent (it ends unreachable)
      expect(cmd).toMatchObject({ action: "unlock", deviceId: d.id, status: "unreachable" });
      const stored = await findCommand({ buildingId: b, deviceId: d.id, commandId: cmd.id });
      expect(stored?.issuedBy).toMatchObject({ kind: "guest", id: guest.id });
    }
    // a neighbour's door does not exist for the guest; their own sensor is not a door
    await expect(unlock(guest, neighbour.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(unlock(guest, sensor.id)).rejects.toMatchObject({ code: "not_found" });
    // and locking is not theirs to do
    await expect(
      commandDevice(guest, { deviceId: door.id, action: "lock" }, { bridge: null }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("before the stay, after check-out, or where the building does not allow it: no unlock", async () => {
    const early = await stayWithDoor(addDays(today, 3), addDays(today, 5));
    expect((await getGuestActions(early.guest)).unlock.blocked).toBe("before_stay");
    await expect(unlock(early.guest, early.door.id)).rejects.toMatchObject({ code: "forbidden" });

    const now = await stayWithDoor(addDays(today, -2), addDays(today, 1));
    await checkOutStay(now.guest, now.r.id);
    expect((await getReservation({ buildingId: b, reservationId: now.r.id })).status).toBe("checked_out");
    expect(await getGuestActions(now.guest)).toMatchObject({
      unlock: { blocked: "after_stay" },
      mayCheckOut: false,
    });
    await expect(unlock(now.guest, now.door.id)).rejects.toMatchObject({ code: "forbidden" });

    const b2 = newBuildingId();
    const seeded = await seedBuilding(b2);
    await updateBuildingConfig({
      buildingId: b2,
      config: buildingConfigSchema.parse({
        ...seeded.config,
        doorCode: { ...seeded.config.doorCode, guestAppUnlock: false },
      }),
    });
    const u2 = await seedUnit(b2, "101");
    const d2 = await seedDevice(b2, { unitId: u2.id });
    const r2 = await createReservation({
      reservation: makeReservation(b2, u2.id, addDays(today, -1), addDays(today, 1), {
        status: "checked_in",
      }),
    });
    const g2 = { ...guestOf(r2), buildingId: b2 };
    expect(await getGuestActions(g2)).toMatchObject({ doors: [], unlock: { blocked: "not_allowed" } });
    await expect(unlock(g2, d2.id)).rejects.toMatchObject({ code: "forbidden" });
    expect((await getBuilding({ buildingId: b2 })).config.doorCode.guestAppUnlock).toBe(false);
  });
});

describe("the guest reports a problem", () => {
  it("with a photo: a ticket on the stay's unit, whatever unit the body names", async () => {
    const { r, guest, unit: own } = await stayWithDoor(addDays(today, -1), addDays(today, 1));
    const up = await createUpload(guest, { purpose: "ticket_photo", contentType: "image/png", size: 2048 });
    expect((await postForm(up, imageBytes("png"), "image/png")).status).toBeLessThan(300);
    const t = await openTicket(guest, {
      title: "Shower drips",
      description: "Cold water drips all night",
      category: "plumbing",
      priority: "normal",
      photoKeys: [up.key],
    });
    const stored = await findTicket({ buildingId: b, ticketId: t.id });
    expect(stored).toMatchObject({ unitId: own.id, reservationId: r.id, photoKeys: [up.key] });
    expect(stored?.openedBy).toMatchObject({ kind: "guest", id: guest.id });
    await expect(
      openTicket(guest, {
        title: "Next door is loud",
        description: "",
        category: "noise",
        priority: "normal",
        unitId: other.id,
        photoKeys: [],
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the stay the page's request already read (issue 19: /stay reads it once, with the session)", () => {
  it("is used as given for the guest's own stay, and ignored for any other stay", async () => {
    const { r, guest } = await stayWithDoor(addDays(today, -1), addDays(today, 1));
    expect((await getGuestActions(guest)).mayCheckOut).toBe(true);
    // the request's copy says checked out: no read, so the answer follows the copy
    const copy: Reservation = { ...r, status: "checked_out" };
    expect((await getGuestActions(guest, new Date(), copy)).mayCheckOut).toBe(false);
    // another stay's copy (or one of another building) is not this guest's stay: the stay is read
    const { r: theirs } = await stayWithDoor(addDays(today, -1), addDays(today, 1));
    expect((await getGuestActions(guest, new Date(), { ...theirs, status: "checked_out" })).mayCheckOut).toBe(
      true,
    );
    await expect(
      getGuestActions(guest, new Date(), { ...copy, buildingId: "bld_elsewhere" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
