import { describe, expect, it, vi } from "vitest";
import { auth } from "@/server/auth/auth";
import { getBuilding } from "@/server/db/buildings";
import { listAllDevices } from "@/server/db/devices";
import { listAllUnits } from "@/server/db/units";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { checkUnitImportAction } from "./check-unit-import";
import { createUnitAction } from "./create-unit";
import { importUnitsAction } from "./import-units";
import { registerDeviceAction } from "./register-device";
import { retireDeviceAction } from "./retire-device";
import { updateBuildingConfigAction } from "./update-building-config";
import { updateBuildingDetailsAction } from "./update-building-details";
import { updatePersonaAction } from "./update-persona";
import { updateRegistryDeviceAction } from "./update-registry-device";
import { updateUnitAction } from "./update-unit";

/** The manager's server actions as a browser calls them: the session decides who acts (Auth.js stubbed). */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
const signInAs = (user: { id: string; buildingId: string } | null) =>
  vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue(user ? { user, expires: "" } : null);

const s = await seedTicketBuilding();
const unitInput = {
  number: "900",
  floor: 9,
  type: "studio" as const,
  capacity: 2,
  rentable: true,
  nightlyRateMinor: 5000,
  status: "active" as const,
};
const every = {
  createUnit: () => createUnitAction(unitInput),
  updateUnit: () => updateUnitAction({ unitId: s.unit1.id, status: "blocked" }),
  checkImport: () => checkUnitImportAction({ rows: [{ number: "X" }] }),
  importUnits: () => importUnitsAction({ rows: [{ number: "X" }] }),
  registerDevice: () =>
    registerDeviceAction({ type: "lock", name: "L", unitId: null, model: "", location: "" }),
  updateDevice: () => updateRegistryDeviceAction({ deviceId: "dev_x", name: "L" }),
  retireDevice: () => retireDeviceAction({ deviceId: "dev_x" }),
  updateConfig: () => updateBuildingConfigAction({ minNights: 2 }),
  updateDetails: () => updateBuildingDetailsAction({ name: "Mine now" }),
  updatePersona: () => updatePersonaAction({ persona: { name: "Mallory" } }),
};

describe("manager actions", () => {
  it("refuse staff and residents (forbidden) and strangers (unauthenticated), writing nothing", async () => {
    for (const who of [s.staff, s.resident]) {
      signInAs(who);
      for (const [name, run] of Object.entries(every)) {
        const r = await run();
        expect(r.ok, name).toBe(false);
        if (!r.ok) expect(r.code, `${who.role} ${name}`).toBe("forbidden");
      }
    }
    signInAs(null);
    for (const run of Object.values(every)) {
      const r = await run();
      expect(!r.ok && r.code).toBe("unauthenticated");
    }
    const b = await getBuilding({ buildingId: s.b });
    expect(b.config.minNights).toBe(1);
    expect(b.config.persona.name).toBe("Ada");
    expect((await listAllUnits({ buildingId: s.b })).length).toBe(2);
    expect(await listAllDevices({ buildingId: s.b })).toHaveLength(0);
  });

  it("turn bad input into field-level errors and write nothing", async () => {
    signInAs(s.manager);
    const bad = {
      unit: await createUnitAction({ ...unitInput, number: "", floor: 1.5, capacity: 0 }),
      config: await updateBuildingConfigAction({ doorCode: { length: 3 }, checkInTime: "25:00" }),
      persona: await updatePersonaAction({ persona: { name: "", languages: [] } }),
      details: await updateBuildingDetailsAction({ timezone: "Nowhere/City", currency: "EURO" }),
      device: await registerDeviceAction({
        type: "toaster" as "lock",
        name: "",
        unitId: null,
        model: "",
        location: "",
      }),
    };
    const fields = Object.fromEntries(
      Object.entries(bad).map(([k, r]) => [k, r.ok ? [] : Object.keys(r.fields ?? {}).sort()]),
    );
    expect(fields).toEqual({
      unit: ["capacity", "floor", "number"],
      config: ["checkInTime", "doorCode.length"],
      persona: ["persona.languages", "persona.name"],
      details: ["currency", "timezone"],
      device: ["name", "type"],
    });
    const b = await getBuilding({ buildingId: s.b });
    expect(b.config.doorCode.length).toBe(6);
    expect(b.timezone).toBe("Europe/Lisbon");
    expect((await listAllUnits({ buildingId: s.b })).length).toBe(2);
    expect(await listAllDevices({ buildingId: s.b })).toHaveLength(0);
  });

  it("save for the manager", async () => {
    signInAs(s.manager);
    const saved = await updatePersonaAction({ persona: { name: "Marina", greeting: "Olá!" } });
    expect(saved.ok).toBe(true);
    expect((await getBuilding({ buildingId: s.b })).config.persona).toMatchObject({
      name: "Marina",
      greeting: "Olá!",
    });
    const unit = await createUnitAction(unitInput);
    expect(unit.ok).toBe(true);
  });
});
