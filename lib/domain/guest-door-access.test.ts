import { describe, expect, it } from "vitest";
import { buildingConfigSchema } from "./building-config";
import { guestMayUseDoor } from "./guest-door-access";
import type { Reservation } from "./reservation";

const config = (guestAccess?: "after_checkin" | "on_confirmation") =>
  buildingConfigSchema.parse(guestAccess ? { doorCode: { guestAccess } } : {});
const stay = (status: Reservation["status"], revokeDueAt?: string) => ({
  status,
  doorAccess: revokeDueAt
    ? {
        deviceId: "d",
        codeId: "c",
        validFrom: "2026-01-01T00:00:00.000Z",
        validUntil: "2026-01-02T00:00:00.000Z",
        revokeDueAt,
      }
    : null,
});

describe("guestMayUseDoor", () => {
  it("defaults to after check-in: a confirmed stay is refused, a checked-in one allowed", () => {
    expect(config().doorCode.guestAccess).toBe("after_checkin");
    expect(guestMayUseDoor(stay("confirmed"), config())).toBe(false);
    expect(guestMayUseDoor(stay("checked_in"), config())).toBe(true);
  });
  it("on confirmation allows confirmed stays, never pending, cancelled, checked-out or revoked ones", () => {
    const c = config("on_confirmation");
    expect(guestMayUseDoor(stay("confirmed"), c)).toBe(true);
    for (const s of ["pending", "cancelled", "checked_out"] as const)
      expect(guestMayUseDoor(stay(s), c)).toBe(false);
    expect(guestMayUseDoor(stay("checked_in", "2026-01-01T12:00:00.000Z"), c)).toBe(false);
  });
});
