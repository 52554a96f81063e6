import { describe, expect, it } from "vitest";
import type { GuestDoorAccess } from "@/lib/domain/building";
import type { DoorCode } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { guestDoorCode } from "../../ai/door-code";
import { putBuilding } from "../../db/buildings";
import { claimDoorAccess, markDoorAccessRevokeDue } from "../../db/door-access";
import { createDoorCode } from "../../db/door-codes";
import { createReservation, getReservation } from "../../db/reservations";
import { getCheckin } from "../checkin/get-checkin";
import { commandDevice } from "../devices/command-device";
import { sweepStayDoorCodes } from "./door-code-sweeper";

/**
 * One guest rule for the doors (audit M8), `doorCode.guestAccess`: under the default (after_checkin) a guest whose
 * stay is confirmed but not checked in (no ID, no house rules) gets no PIN on the stay page (and its API), none
 * from the concierge, cannot unlock, and the sweeper installs no code; `on_confirmation` allows all of it.
 */
async function setup(rule?: GuestDoorAccess, status: Reservation["status"] = "confirmed") {
  const b = newBuildingId();
  const seeded = await seedBuilding(b);
  const building = rule
    ? await putBuilding({
        building: {
          ...seeded,
          config: { ...seeded.config, doorCode: { ...seeded.config.doorCode, guestAccess: rule } },
        },
      })
    : seeded;
  const unit = await seedUnit(b, "101");
  const lock = await seedDevice(b, { unitId: unit.id, name: "Unit 101 door" });
  const today = todayIn(building.timezone);
  const r = await createReservation({
    reservation: makeReservation(b, unit.id, addDays(today, -1), addDays(today, 2), { status }),
  });
  const guest: Actor = {
    kind: "guest",
    id: `gst_${r.id}`,
    role: "guest",
    buildingId: b,
    unitIds: [unit.id],
    reservationId: r.id,
  };
  return { b, building, unit, lock, r, guest };
}

/** A working code on the lock for the stay, as if it had been issued (whatever the rule said then). */
async function codeFor(r: Reservation, deviceId: string) {
  const at = new Date();
  const validFrom = new Date(at.getTime() - 3600_000).toISOString();
  const validUntil = new Date(at.getTime() + 2 * 86_400_000).toISOString();
  const code: DoorCode = {
    id: newId(),
    buildingId: r.buildingId,
    deviceId,
    label: "Stay",
    pin: "482913",
    validFrom,
    validUntil,
    reservationId: r.id,
    status: "active",
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
  await claimDoorAccess({
    buildingId: r.buildingId,
    reservationId: r.id,
    access: { deviceId, codeId: code.id, validFrom, validUntil },
    deviceIds: [deviceId],
  });
  await createDoorCode({ code });
  return code;
}

describe("the guest rule for the door PIN and unlock", () => {
  it("by default a confirmed guest who has not checked in gets no PIN on the stay page nor from the concierge", async () => {
    const { r, lock, guest, building } = await setup();
    expect(building.config.doorCode.guestAccess).toBe("after_checkin");
    await codeFor(r, lock.id);
    expect((await getCheckin(guest)).doorCode).toBeNull();
    expect(await guestDoorCode(guest)).toEqual({ status: "no_door_code" });
  });

  it("by default a confirmed guest who has not checked in cannot unlock", async () => {
    const { lock, guest } = await setup();
    await expect(
      commandDevice(guest, { deviceId: lock.id, action: "unlock" }, { bridge: null }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("by default the sweeper installs no code for a confirmed stay arriving today", async () => {
    const b = newBuildingId();
    const building = await seedBuilding(b);
    const unit = await seedUnit(b, "101");
    await seedDevice(b, { unitId: unit.id });
    const today = todayIn(building.timezone);
    const r = await createReservation({ reservation: makeReservation(b, unit.id, today, addDays(today, 2)) });
    expect((await sweepStayDoorCodes(new Date(), { bridge: null, buildingIds: [b] })).issued).toBe(0);
    expect((await getReservation({ buildingId: b, reservationId: r.id })).doorAccess).toBeNull();
    // once checked in (or if the building allows it on confirmation), it does
    const checkedIn = await createReservation({
      reservation: makeReservation(b, (await seedUnit(b, "102")).id, today, addDays(today, 2), {
        status: "checked_in",
      }),
    });
    await seedDevice(b, { unitId: checkedIn.unitId });
    expect((await sweepStayDoorCodes(new Date(), { bridge: null, buildingIds: [b] })).issued).toBe(1);
  });

  it("once checked in, the PIN shows on the stay page and in the concierge, and unlock is allowed", async () => {
    const { r, lock, guest } = await setup(undefined, "checked_in");
    const code = await codeFor(r, lock.id);
    expect((await getCheckin(guest)).doorCode?.pin).toBe(code.pin);
    expect(await guestDoorCode(guest)).toMatchObject({ status: "door_code", pin: code.pin });
    const cmd = await commandDevice(guest, { deviceId: lock.id, action: "unlock" }, { bridge: null });
    expect(cmd.status).toBe("unreachable");
  });

  it("with guestAccess on_confirmation a confirmed guest gets the PIN, may unlock, and the sweeper installs the code", async () => {
    const { b, r, lock, guest } = await setup("on_confirmation");
    const code = await codeFor(r, lock.id);
    expect((await getCheckin(guest)).doorCode?.pin).toBe(code.pin);
    expect(await guestDoorCode(guest)).toMatchObject({ status: "door_code", pin: code.pin });
    expect(
      (await commandDevice(guest, { deviceId: lock.id, action: "unlock" }, { bridge: null })).status,
    ).toBe("unreachable");
    const today = todayIn("Europe/Lisbon");
    const unit2 = await seedUnit(b, "102");
    await seedDevice(b, { unitId: unit2.id });
    await createReservation({ reservation: makeReservation(b, unit2.id, today, addDays(today, 1)) });
    expect((await sweepStayDoorCodes(new Date(), { bridge: null, buildingIds: [b] })).issued).toBe(1);
  });

  it("a code being revoked (a leaked link) is shown to no one, whatever the rule", async () => {
    const { r, lock, guest } = await setup("on_confirmation", "checked_in");
    await codeFor(r, lock.id);
    const stored = await getReservation({ buildingId: r.buildingId, reservationId: r.id });
    await markDoorAccessRevokeDue({
      buildingId: r.buildingId,
      reservationId: r.id,
      codeId: stored.doorAccess?.codeId ?? "",
    });
    expect((await getCheckin(guest)).doorCode).toBeNull();
    expect(await guestDoorCode(guest)).toEqual({ status: "no_door_code" });
  });
});
