import { describe, expect, it } from "vitest";
import { accessApiSearch, parseAccessFilters, parseDeviceFilters } from "./device-query";
import { isLowBattery, stateSummary } from "./device-state";

describe("device page filters", () => {
  it("keeps valid filters and drops malformed ones", () => {
    expect(parseDeviceFilters({ type: "lock", unitId: "common", status: "low_battery" })).toEqual({
      type: "lock",
      unitId: "common",
      status: "low_battery",
    });
    expect(parseDeviceFilters({ type: "toaster", unitId: "bad id!", status: ["online", "offline"] })).toEqual(
      {
        status: "online",
      },
    );
  });

  it("reads access-log days, swaps a backwards range and sends the days' bounds to the API", () => {
    const f = parseAccessFilters({
      from: "2026-03-10",
      to: "2026-03-01",
      result: "denied",
      deviceId: "dev_1",
    });
    expect(f).toEqual({ from: "2026-03-01", to: "2026-03-10", result: "denied", deviceId: "dev_1" });
    const q = new URLSearchParams(accessApiSearch(f, "UTC", { format: "csv" }));
    expect(q.get("from")).toBe("2026-03-01T00:00:00.000Z");
    expect(q.get("to")).toBe("2026-03-10T23:59:59.999Z");
    expect(q.get("format")).toBe("csv");
    // the building's days: New York is UTC-5 until DST starts on March 8, then UTC-4
    const ny = new URLSearchParams(accessApiSearch(f, "America/New_York"));
    expect(ny.get("from")).toBe("2026-03-01T05:00:00.000Z");
    expect(ny.get("to")).toBe("2026-03-11T03:59:59.999Z");
    expect(parseAccessFilters({ from: "yesterday", result: "maybe" })).toEqual({});
  });

  it("describes states and low batteries", () => {
    expect(stateSummary({ type: "lock", state: { locked: false } }).key).toBe("unlocked");
    expect(stateSummary({ type: "sensor", state: { kind: "co", ppm: 4 } })).toEqual({
      key: "co",
      values: { ppm: 4 },
    });
    expect(stateSummary({ type: "sensor", state: {} }).key).toBe("unknown");
    expect(isLowBattery({ state: { battery: 12 } })).toBe(true);
    expect(isLowBattery({ state: { battery: 20 } })).toBe(false);
    expect(isLowBattery({ state: {} })).toBe(false);
  });
});
