import type { Device } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import { putDevice } from "@/server/db/devices";

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
