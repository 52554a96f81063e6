import { describe, expect, it } from "vitest";
import type { CreateUnitInput } from "@/lib/domain/unit";
import type { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { listAuditEventsByTarget } from "../../db/audit-events";
import { getBuilding } from "../../db/buildings";
import { findDevice, listDevicesByUnit } from "../../db/devices";
import { getUnit, listAllUnits } from "../../db/units";
import { getUser } from "../../db/users";
import { getRegistryDevice, listDeviceRegistry } from "../devices/list-device-registry";
import { registerDevice } from "../devices/register-device";
import { retireDevice } from "../devices/retire-device";
import { updateRegistryDevice } from "../devices/update-registry-device";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { createUnit } from "../units/create-unit";
import { importUnits } from "../units/import-units";
import { listUnitsForManager } from "../units/list-units-for-manager";
import { updateUnit } from "../units/update-unit";
import { updateBuildingConfig } from "./update-building-config";
import { updateBuildingDetails } from "./update-building-details";

/** The manager's set-up services against DynamoDB Local: units, CSV import, device registry, settings, refusals. */
const a = await seedTicketBuilding();
const b = await seedTicketBuilding();
const guestOf = (s: typeof a): Actor => ({
  kind: "guest",
  id: "guest_1",
  role: "guest",
  buildingId: s.b,
  unitIds: [s.unit1.id],
  reservationId: "res_1",
});
const unitInput = (number: string, over: Partial<CreateUnitInput> = {}): CreateUnitInput => ({
  number,
  floor: 2,
  type: "one_bedroom",
  capacity: 3,
  rentable: true,
  nightlyRateMinor: 12_050,
  status: "active",
  ...over,
});
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => e,
  );

describe("units", () => {
  it("adds a unit, and the database refuses a second unit with the same number (any case)", async () => {
    const unit = await createUnit(a.manager, unitInput("2A"));
    expect((await getUnit({ buildingId: a.b, unitId: unit.id })).number).toBe("2A");
    const dup = await failure(createUnit(a.manager, unitInput("2a")));
    expect(dup?.code).toBe("conflict");
    expect(dup?.fields?.number).toBeDefined();
    expect(
      (await listAllUnits({ buildingId: a.b })).filter((u) => u.number.toUpperCase() === "2A"),
    ).toHaveLength(1);
  });

  it("lets exactly one of two racing creates of the same number win", async () => {
    const results = await Promise.allSettled([
      createUnit(a.manager, unitInput("RACE")),
      createUnit(a.manager, unitInput("RACE")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await listAllUnits({ buildingId: a.b })).filter((u) => u.number === "RACE")).toHaveLength(1);
  });

  it("the same number is fine in another building", async () => {
    await expect(createUnit(b.manager, unitInput("2A"))).resolves.toBeTruthy();
  });

  it("refuses a rentable unit without a rate, writing nothing", async () => {
    const e = await failure(createUnit(a.manager, unitInput("NORATE", { nightlyRateMinor: null })));
    expect(e?.code).toBe("validation");
    expect(e?.fields?.nightlyRateMinor).toBeDefined();
    expect((await listAllUnits({ buildingId: a.b })).some((u) => u.number === "NORATE")).toBe(false);
  });

  it("blocks a unit, renumbers it (not onto a taken number) and audits before and after", async () => {
    const unit = await createUnit(a.manager, unitInput("300"));
    const blocked = await updateUnit(a.manager, unit.id, { status: "maintenance", rentable: false });
    expect(blocked.status).toBe("maintenance");
    const taken = await failure(updateUnit(a.manager, unit.id, { number: "101" }));
    expect(taken?.code).toBe("conflict");
    const moved = await updateUnit(a.manager, unit.id, { number: "301", floor: 3 });
    expect(moved.number).toBe("301");
    // the old number is free again, the new one is held
    await expect(createUnit(a.manager, unitInput("300"))).resolves.toBeTruthy();
    expect((await failure(createUnit(a.manager, unitInput("301"))))?.code).toBe("conflict");
    const audit = await listAuditEventsByTarget({ buildingId: a.b, targetType: "unit", targetId: unit.id });
    const statusChange = audit.items.find((e) => e.action === "unit.update" && e.details?.after);
    expect(JSON.stringify(audit.items.map((e) => e.details))).toContain('"status":"maintenance"');
    expect(statusChange?.details?.before).toBeDefined();
  });

  it("assigns residents of the building, whose own unit lists follow; others are refused", async () => {
    const unit = await createUnit(a.manager, unitInput("400"));
    await updateUnit(a.manager, unit.id, { residentIds: [a.users.resident2.id] });
    expect((await getUser({ buildingId: a.b, userId: a.users.resident2.id })).unitIds).toContain(unit.id);
    await updateUnit(a.manager, unit.id, { residentIds: [] });
    expect((await getUser({ buildingId: a.b, userId: a.users.resident2.id })).unitIds).not.toContain(unit.id);
    for (const ids of [[a.users.staff.id], [b.users.resident.id]]) {
      const e = await failure(updateUnit(a.manager, unit.id, { residentIds: ids }));
      expect(e?.fields?.residentIds).toBeDefined();
    }
    expect((await getUnit({ buildingId: a.b, unitId: unit.id })).residentIds).toEqual([]);
  });

  it("filters the manager's list by status, rentable and number", async () => {
    const rows = await listUnitsForManager(a.manager, { status: "maintenance" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((u) => u.status === "maintenance")).toBe(true);
    expect((await listUnitsForManager(a.manager, { q: "10" })).map((u) => u.number)).toEqual(["101", "102"]);
  });
});

describe("CSV import", () => {
  const row = (number: string, over: Record<string, string> = {}) => ({
    number,
    floor: "5",
    type: "studio",
    capacity: "2",
    rentable: "yes",
    nightlyRate: "99.90",
    ...over,
  });

  it("names each bad row, field and reason, and imports nothing", async () => {
    const s = await seedTicketBuilding();
    const before = (await listAllUnits({ buildingId: s.b })).length;
    const result = await importUnits(s.manager, {
      rows: [
        row("501"),
        row("502", { floor: "fifth" }),
        row("501"),
        row("101"),
        row("503", { nightlyRate: "" }),
      ],
    });
    expect(result.imported).toBe(0);
    expect(result.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, "floor", "invalid"],
      [3, "number", "repeated"],
      [4, "number", "exists"],
      [5, "nightlyRate", "invalid"],
    ]);
    expect((await listAllUnits({ buildingId: s.b })).length).toBe(before);
  });

  it("a dry run writes nothing; the fixed file imports every row, in chunks past one transaction", async () => {
    const s = await seedTicketBuilding();
    const rows = Array.from({ length: 120 }, (_, i) => row(`C${i}`, { rentable: i % 2 ? "no" : "yes" }));
    const dry = await importUnits(s.manager, { rows }, { dryRun: true });
    expect(dry).toMatchObject({ rows: 120, imported: 0, errors: [] });
    expect((await listAllUnits({ buildingId: s.b })).length).toBe(2);
    const done = await importUnits(s.manager, { rows });
    expect(done.imported).toBe(120);
    const units = await listAllUnits({ buildingId: s.b });
    expect(units.length).toBe(122);
    expect(units.find((u) => u.number === "C0")?.nightlyRateMinor).toBe(9990);
    // importing again is refused row by row: every number now exists
    const again = await importUnits(s.manager, { rows: rows.slice(0, 3) });
    expect(again.errors.map((e) => e.code)).toEqual(["exists", "exists", "exists"]);
  });
});

describe("device registry", () => {
  it("registers a lock on a unit with its topic base, edits and retires it", async () => {
    const d = await registerDevice(a.manager, {
      type: "lock",
      name: "Front door",
      unitId: a.unit1.id,
      model: "Yale X",
      location: "Unit 101 door",
    });
    expect(d.topicBase).toBe(`buildingos/${a.b}/devices/${d.id}`);
    expect(d.online).toBe(false);
    const edited = await updateRegistryDevice(a.manager, d.id, { name: "Main door" });
    expect(edited.name).toBe("Main door");
    expect(
      (await listDevicesByUnit({ buildingId: a.b, unitId: a.unit1.id })).items.map((x) => x.id),
    ).toContain(d.id);

    const retired = await retireDevice(a.manager, d.id);
    expect(retired.retiredAt).not.toBeNull();
    expect(
      (await listDevicesByUnit({ buildingId: a.b, unitId: a.unit1.id })).items.map((x) => x.id),
    ).not.toContain(d.id);
    expect((await listDeviceRegistry(a.manager)).find((x) => x.id === d.id)?.retiredAt).toBeTruthy();
    expect((await failure(retireDevice(a.manager, d.id)))?.code).toBe("conflict");
    expect((await failure(updateRegistryDevice(a.manager, d.id, { name: "x" })))?.code).toBe("conflict");
  });

  it("refuses another building's unit and bad input, writing nothing", async () => {
    const before = (await listDeviceRegistry(a.manager)).length;
    const e = await failure(
      registerDevice(a.manager, {
        type: "sensor",
        name: "S",
        unitId: b.unit1.id,
        model: "",
        location: "",
      }),
    );
    expect(e?.fields?.unitId).toBeDefined();
    expect((await listDeviceRegistry(a.manager)).length).toBe(before);
  });
});

describe("settings", () => {
  it("saves a section, audits before and after, and refuses bad input without writing", async () => {
    const saved = await updateBuildingConfig(a.manager, { doorCode: { length: 8 } });
    expect(saved.config.doorCode).toMatchObject({ length: 8, validFromMarginMinutes: 60 });
    const audit = await listAuditEventsByTarget({ buildingId: a.b, targetType: "building" });
    const event = audit.items.find((x) => x.action === "building.config.update");
    expect(event?.details).toMatchObject({
      before: { doorCode: { length: 6 } },
      after: { doorCode: { length: 8 } },
    });

    const bad = await failure(updateBuildingConfig(a.manager, { minNights: 20, maxNights: 5 }));
    expect(bad?.code).toBe("validation");
    expect(bad?.fields?.maxNights).toBeDefined();
    expect((await getBuilding({ buildingId: a.b })).config.maxNights).toBe(30);
  });

  it("changes the building's details; an unknown time zone is a field error", async () => {
    const e = await failure(updateBuildingDetails(a.manager, { timezone: "Mars/Base" }));
    expect(e?.code).toBe("validation");
    expect(e?.fields?.timezone).toBeDefined();
    expect((await getBuilding({ buildingId: a.b })).timezone).toBe("Europe/Lisbon");
    await updateBuildingDetails(a.manager, { timezone: "America/Sao_Paulo", currency: "BRL" });
    expect((await getBuilding({ buildingId: a.b })).currency).toBe("BRL");
  });
});

describe("refusals", () => {
  const calls = (s: typeof a, deviceId: string) => ({
    createUnit: (x: Actor) => createUnit(x, unitInput("X1")),
    updateUnit: (x: Actor) => updateUnit(x, s.unit1.id, { status: "blocked" }),
    importUnits: (x: Actor) => importUnits(x, { rows: [{ number: "X2" }] }),
    listUnits: (x: Actor) => listUnitsForManager(x),
    registerDevice: (x: Actor) =>
      registerDevice(x, { type: "lock", name: "L", unitId: null, model: "", location: "" }),
    updateDevice: (x: Actor) => updateRegistryDevice(x, deviceId, { name: "L2" }),
    retireDevice: (x: Actor) => retireDevice(x, deviceId),
    getDevice: (x: Actor) => getRegistryDevice(x, deviceId),
    listDevices: (x: Actor) => listDeviceRegistry(x),
    updateConfig: (x: Actor) => updateBuildingConfig(x, { minNights: 2 }),
    updatePersona: (x: Actor) => updateBuildingConfig(x, { persona: { name: "Evil" } }),
    updateDetails: (x: Actor) => updateBuildingDetails(x, { name: "Taken over" }),
  });

  it("staff, residents and guests are refused every manager action, and nothing changes", async () => {
    const dev = await registerDevice(a.manager, {
      type: "lock",
      name: "L",
      unitId: null,
      model: "",
      location: "",
    });
    for (const who of [a.staff, a.resident, guestOf(a)]) {
      for (const [name, call] of Object.entries(calls(a, dev.id))) {
        const e = await failure(call(who));
        expect(e?.code, `${who.role} ${name}`).toBe("forbidden");
      }
    }
    expect((await getUnit({ buildingId: a.b, unitId: a.unit1.id })).status).toBe("active");
    expect((await findDevice({ buildingId: a.b, deviceId: dev.id }))?.name).toBe("L");
  });

  it("a manager of another building can neither read nor change this one's units or devices", async () => {
    const dev = await registerDevice(a.manager, {
      type: "lock",
      name: "L",
      unitId: null,
      model: "",
      location: "",
    });
    const other = calls(a, dev.id);
    for (const name of ["updateUnit", "updateDevice", "retireDevice", "getDevice"] as const) {
      const e = await failure(other[name](b.manager));
      expect(e?.code, name).toBe("not_found");
    }
    expect((await listUnitsForManager(b.manager)).some((u) => u.id === a.unit1.id)).toBe(false);
    expect((await listDeviceRegistry(b.manager)).some((d) => d.id === dev.id)).toBe(false);
    await updateBuildingConfig(b.manager, { minNights: 3 });
    expect((await getBuilding({ buildingId: a.b })).config.minNights).toBe(1);
    expect((await findDevice({ buildingId: a.b, deviceId: dev.id }))?.retiredAt ?? null).toBeNull();
  });
});
