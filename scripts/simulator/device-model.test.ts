import { describe, expect, it } from "vitest";
import { DeviceModel } from "./device-model";

/** The simulator's shut-off valve: closes and opens on command and acknowledges with its state. */
describe("a simulated valve", () => {
  it("closes, reports the change, and refuses lock actions", () => {
    const valve = new DeviceModel({ id: "v1", buildingId: "b", type: "valve", state: {} });
    expect(valve.state).toEqual({ open: true });
    const closed = valve.apply("close", {}, undefined);
    expect(closed).toMatchObject({ status: "ok", changed: true, state: { open: false } });
    expect(valve.apply("close", {}, undefined)).toMatchObject({ status: "ok", changed: false });
    expect(valve.apply("unlock", {}, undefined).status).toBe("rejected");
    expect(
      new DeviceModel({ id: "l", buildingId: "b", type: "lock", state: {} }).apply("close", {}, undefined)
        .status,
    ).toBe("rejected");
  });
});
