import { describe, expect, it } from "vitest";
import type { Device } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import { newBuildingId } from "@/test/fixtures";
import { getDeviceHealth, rebuildDeviceHealth } from "./device-health";
import { createDevice, putDevice, retireDevice, setDeviceAvailability, updateDeviceState } from "./devices";
import { keys } from "./keys";
import { putItem } from "./write";

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
function device(b: string, over: Partial<Device> = {}): Device {
  return {
    id: newId(),
    buildingId: b,
    unitId: null,
    type: "lock",
    name: "Lobby door",
    model: "L1",
    location: "lobby",
    firmware: null,
    online: true,
    lastSeenAt: null,
    state: { locked: true, battery: 90 },
    stateAt: null,
    createdAt: at(0),
    updatedAt: at(0),
    ...over,
  };
}
const sorted = (sets: Awaited<ReturnType<typeof getDeviceHealth>>) =>
  Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, [...(v ?? [])].sort()]));

describe("the device health summary (issue 19)", () => {
  it("follows every write that changes a device's membership, and the rebuild from the devices agrees", async () => {
    const b = newBuildingId();
    const lock = device(b);
    const sensor = device(b, { type: "sensor", state: {} });
    const gone = device(b);
    await createDevice({ device: lock });
    await putDevice({ device: sensor });
    await putDevice({ device: gone });
    await setDeviceAvailability({ buildingId: b, deviceId: lock.id, online: false, at: at(1) });
    await updateDeviceState({ buildingId: b, deviceId: sensor.id, state: { battery: 5 }, stateAt: at(2) });
    await setDeviceAvailability({ buildingId: b, deviceId: sensor.id, online: false, at: at(3) });
    await retireDevice({ buildingId: b, deviceId: gone.id, at: at(4) });
    // a stale state (older stateAt) changes nothing; the lock comes back online with a low battery
    await updateDeviceState({ buildingId: b, deviceId: sensor.id, state: { battery: 99 }, stateAt: at(1) });
    await updateDeviceState({ buildingId: b, deviceId: lock.id, state: { battery: 12 }, stateAt: at(5) });

    const incremental = sorted(await getDeviceHealth({ buildingId: b }));
    expect(incremental).toEqual({
      all: [lock.id, sensor.id].sort(),
      offline: [sensor.id],
      lowBattery: [lock.id, sensor.id].sort(),
      locks: [lock.id],
    });
    expect(sorted(await rebuildDeviceHealth({ buildingId: b }))).toEqual(incremental);
    expect(sorted(await getDeviceHealth({ buildingId: b }))).toEqual(incremental);
  });

  it("stays right when writers on several instances flip the same devices at once", async () => {
    const b = newBuildingId();
    const devices = Array.from({ length: 6 }, () => device(b));
    for (const d of devices) await putDevice({ device: d });
    // each device flapping: availability and state reports racing, as two bridge instances would send them
    await Promise.all(
      devices.flatMap((d, i) =>
        Array.from({ length: 6 }, (_, k) =>
          k % 2
            ? setDeviceAvailability({ buildingId: b, deviceId: d.id, online: (i + k) % 3 === 0, at: at(k) })
            : updateDeviceState({
                buildingId: b,
                deviceId: d.id,
                state: { battery: (i * k) % 2 ? 10 : 80 },
                stateAt: at(k),
              }),
        ),
      ),
    );
    const incremental = sorted(await getDeviceHealth({ buildingId: b }));
    expect(sorted(await rebuildDeviceHealth({ buildingId: b }))).toEqual(incremental);
  });

  it("builds the summary on the first read for devices written before it existed", async () => {
    const b = newBuildingId();
    const d = device(b, { online: false });
    await putItem({ ...d, ...keys.device(b, d.id) }); // a raw item, as data from before the summary
    expect(sorted(await getDeviceHealth({ buildingId: b }))).toEqual({
      all: [d.id],
      offline: [d.id],
      locks: [d.id],
    });
  });
});
