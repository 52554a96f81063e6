import type { Device } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import { listAccessLogsByDevice } from "@/server/db/access-logs";
import { putDevice } from "@/server/db/devices";
import { queryEvery } from "@/server/services/shared/query-every";

/** A registered device for tests against DynamoDB Local. */
export async function seedDevice(buildingId: string, over: Partial<Device> = {}): Promise<Device> {
  const now = new Date().toISOString();
  return putDevice({
    device: {
      id: newId(),
      buildingId,
      unitId: null,
      type: "lock",
      name: "Test door",
      model: "TL-1",
      location: "Lobby",
      firmware: null,
      online: false,
      lastSeenAt: null,
      state: {},
      stateAt: null,
      createdAt: now,
      updatedAt: now,
      ...over,
    },
  });
}

/** How many access logs a device has stored (every page; at most 100,000). */
export async function countAccessLogs(buildingId: string, deviceId: string): Promise<number> {
  const logs = await queryEvery((page) => listAccessLogsByDevice({ buildingId, deviceId, ...page }), 100_000);
  return logs.length;
}
