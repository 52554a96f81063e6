import { describe, expect, it } from "vitest";
import { type LiveUpdate, subscribeLiveUpdates } from "../../live/live-updates";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { registerDevice } from "./register-device";

const a = await seedTicketBuilding();
const other = await seedTicketBuilding();

describe("registering a device", () => {
  it("tells the building's open device lists, and no other building's", async () => {
    const heard: LiveUpdate[] = [];
    const elsewhere: LiveUpdate[] = [];
    const stops = [
      subscribeLiveUpdates(a.b, (u) => heard.push(u)),
      subscribeLiveUpdates(other.b, (u) => elsewhere.push(u)),
    ];
    try {
      const d = await registerDevice(a.manager, {
        type: "sensor",
        name: "Hall smoke sensor",
        unitId: null,
        model: "",
        location: "Hall",
      });
      expect(heard).toEqual([
        { type: "device", device: expect.objectContaining({ id: d.id, online: false }), registered: true },
      ]);
      // the live message is the public device shape, not the registry's (no topic base)
      expect(heard[0].type === "device" && "topicBase" in heard[0].device).toBe(false);
      expect(elsewhere).toEqual([]);
    } finally {
      for (const stop of stops) stop();
    }
  });
});
