import { describe, expect, it } from "vitest";
import type { Device, DoorCode } from "@/lib/domain/device";
import { putDevice } from "@/server/db/devices";
import { createDoorCode } from "@/server/db/door-codes";
import { demoOfflineDeviceIds, loadSimulatedDevices } from "./load-devices";

const B = "bld_simload";
const at = new Date().toISOString();
const device = (id: string, type: Device["type"], state: Record<string, unknown>): Device => ({
  id,
  buildingId: B,
  unitId: null,
  type,
  name: id,
  model: "m",
  location: "l",
  firmware: null,
  online: true,
  lastSeenAt: at,
  state,
  stateAt: at,
  createdAt: at,
  updatedAt: at,
});
const code = (id: string, status: DoorCode["status"]): DoorCode => ({
  id,
  buildingId: B,
  deviceId: "dev_load_lock",
  label: id,
  pin: "123456",
  validFrom: at,
  validUntil: new Date(Date.now() + 3_600_000).toISOString(),
  reservationId: null,
  status,
  createdAt: at,
  updatedAt: at,
});

describe("loadSimulatedDevices", () => {
  it("reads a building's devices and the active codes its locks hold", async () => {
    await putDevice({ device: device("dev_load_lock", "lock", { locked: false, battery: 40, ts: at }) });
    await putDevice({ device: device("dev_load_co", "sensor", { kind: "co", ppm: 3 }) });
    await createDoorCode({ code: code("code_active", "active") });
    await createDoorCode({ code: code("code_pending", "pending") });
    const { devices, codes } = await loadSimulatedDevices([B]);
    expect(devices.map((d) => d.id).sort()).toEqual(["dev_load_co", "dev_load_lock"]);
    expect(devices.find((d) => d.id === "dev_load_lock")).toMatchObject({ type: "lock", buildingId: B });
    expect(codes.dev_load_lock.map((c) => c.codeId)).toEqual(["code_active"]);
    expect(codes.dev_load_co).toBeUndefined();
  });

  it("names the demo's offline locks (one per demo building)", () => {
    expect(demoOfflineDeviceIds()).toEqual(["dev_harbor_403_lock", "dev_summit_601_lock"]);
  });
});
