import { describe, expect, it } from "vitest";
import type { Device } from "@/lib/domain/device";
import type { DeviceCommand } from "@/lib/domain/device-command";
import { newId as ulid } from "@/lib/domain/ids";
import { newBuildingId } from "@/test/fixtures";
import {
  createCommand,
  finishCommand,
  getCommand,
  listCommandsByDevice,
  listPendingCommandsDue,
} from "./device-commands";
import { getDevice, listDevicesByUnit, putDevice, setDeviceAvailability, updateDeviceState } from "./devices";

const b = newBuildingId();
const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

const device = (id: string, unitId: string | null, type: Device["type"] = "lock"): Device => ({
  id,
  buildingId: b,
  unitId,
  type,
  name: id,
  model: "Test",
  location: "door",
  firmware: null,
  online: false,
  lastSeenAt: null,
  state: {},
  stateAt: null,
  createdAt: t(0),
  updatedAt: t(0),
});

const command = (over: Partial<DeviceCommand> = {}): DeviceCommand => ({
  id: ulid(),
  buildingId: b,
  deviceId: "lock_1",
  action: "unlock",
  params: {},
  issuedBy: { kind: "user", id: "staff_1" },
  missionId: null,
  status: "pending",
  reason: null,
  resultState: null,
  issuedAt: t(0),
  expiresAt: t(5),
  endedAt: null,
  ...over,
});

describe("devices", () => {
  it("keeps the newest reported state and lists by unit", async () => {
    await putDevice({ device: device("lock_1", "unit_1") });
    await putDevice({ device: device("sensor_1", "unit_1", "sensor") });
    await putDevice({ device: device("lobby", null) });
    expect(
      await updateDeviceState({ buildingId: b, deviceId: "lock_1", state: { locked: true }, stateAt: t(10) }),
    ).toBe(true);
    expect(
      await updateDeviceState({ buildingId: b, deviceId: "lock_1", state: { locked: false }, stateAt: t(5) }),
    ).toBe(false);
    expect(await updateDeviceState({ buildingId: b, deviceId: "ghost", state: {}, stateAt: t(5) })).toBe(
      false,
    );
    const d = await getDevice({ buildingId: b, deviceId: "lock_1" });
    expect(d.state).toEqual({ locked: true });
    expect(d.online).toBe(true);
    await setDeviceAvailability({ buildingId: b, deviceId: "lock_1", online: false, at: t(20) });
    expect((await getDevice({ buildingId: b, deviceId: "lock_1" })).online).toBe(false);
    expect((await listDevicesByUnit({ buildingId: b, unitId: "unit_1" })).items.map((x) => x.id)).toEqual([
      "lock_1",
      "sensor_1",
    ]);
    expect((await listDevicesByUnit({ buildingId: b, unitId: "unit_1", type: "sensor" })).items).toHaveLength(
      1,
    );
    expect((await listDevicesByUnit({ buildingId: b, unitId: null })).items.map((x) => x.id)).toEqual([
      "lobby",
    ]);
  });
});

describe("device commands", () => {
  it("ends a command once, from pending only, and drops it from the sweeper's index", async () => {
    const c = await createCommand({ command: command() });
    const due = await listPendingCommandsDue({ before: t(5), limit: 200 });
    expect(due.items.some((x) => x.id === c.id)).toBe(true);
    const [ack, timeout] = await Promise.all([
      finishCommand({ buildingId: b, deviceId: "lock_1", commandId: c.id, status: "acknowledged", at: t(1) }),
      finishCommand({ buildingId: b, deviceId: "lock_1", commandId: c.id, status: "timed_out", at: t(6) }),
    ]);
    expect([ack, timeout].filter(Boolean)).toHaveLength(1);
    const final = await getCommand({ buildingId: b, deviceId: "lock_1", commandId: c.id });
    expect(["acknowledged", "timed_out"]).toContain(final.status);
    const after = await listPendingCommandsDue({ before: t(5), limit: 200 });
    expect(after.items.some((x) => x.id === c.id)).toBe(false);
  });

  it("lists a device's commands newest first and only due ones for the sweeper", async () => {
    const first = await createCommand({ command: command({ deviceId: "lock_2", expiresAt: t(30) }) });
    const second = await createCommand({ command: command({ deviceId: "lock_2", expiresAt: t(40) }) });
    const list = await listCommandsByDevice({ buildingId: b, deviceId: "lock_2" });
    expect(list.items.map((x) => x.id)).toEqual([second.id, first.id]);
    const due = await listPendingCommandsDue({ before: t(35), limit: 200 });
    expect(due.items.some((x) => x.id === first.id)).toBe(true);
    expect(due.items.some((x) => x.id === second.id)).toBe(false);
  });
});
