import { describe, expect, it } from "vitest";
import { type Building, buildingConfigSchema } from "@/lib/domain/building";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { bookingRuleErrors } from "./booking-rules";

const at = "2030-01-01T00:00:00.000Z";
const building = (over: object = {}): Building => ({
  id: "b1",
  name: "B",
  address: { line1: "1", city: "C", postalCode: "0", country: "PT" },
  timezone: "Pacific/Auckland",
  locale: "en",
  currency: "EUR",
  config: buildingConfigSchema.parse({ minNights: 2, maxNights: 5, maxGuestsPerUnit: 3, ...over }),
  createdAt: at,
  updatedAt: at,
});
const unit: Unit = {
  id: "u1",
  buildingId: "b1",
  number: "101",
  floor: 1,
  type: "studio",
  capacity: 4,
  ownerIds: [],
  residentIds: [],
  rentable: true,
  nightlyRateMinor: 100,
  status: "active",
  createdAt: at,
  updatedAt: at,
};
const ok = { checkIn: "2030-03-01", checkOut: "2030-03-03", guestCount: 2 };

describe("bookingRuleErrors", () => {
  it("passes a stay within every rule", () => {
    expect(bookingRuleErrors(ok, unit, building(), "2030-02-01")).toEqual({});
  });

  it("names min and max nights on checkOut, the guest cap (min of unit and building) on guestCount", () => {
    expect(
      bookingRuleErrors({ ...ok, checkOut: "2030-03-02" }, unit, building(), "2030-02-01"),
    ).toHaveProperty("checkOut");
    expect(
      bookingRuleErrors({ ...ok, checkOut: "2030-03-07" }, unit, building(), "2030-02-01"),
    ).toHaveProperty("checkOut");
    expect(
      bookingRuleErrors({ ...ok, guestCount: 4 }, unit, building(), "2030-02-01").guestCount?.[0],
    ).toMatch(/At most 3/);
    expect(
      bookingRuleErrors({ ...ok, guestCount: 2 }, { ...unit, capacity: 1 }, building(), "2030-02-01"),
    ).toHaveProperty("guestCount");
  });

  it("refuses units not let, without a rate, not active, and buildings with short stays off", () => {
    const today = "2030-02-01";
    expect(bookingRuleErrors(ok, { ...unit, rentable: false }, building(), today)).toHaveProperty("unitId");
    expect(bookingRuleErrors(ok, { ...unit, nightlyRateMinor: null }, building(), today)).toHaveProperty(
      "unitId",
    );
    expect(bookingRuleErrors(ok, { ...unit, status: "blocked" }, building(), today)).toHaveProperty("unitId");
    const off = building({ features: { shortStays: false } });
    expect(bookingRuleErrors(ok, unit, off, today)).toHaveProperty("unitId");
  });

  it("judges 'the past' by the building's calendar, not the server's", () => {
    // 2030-02-28 11:00 UTC is already 1 March in Auckland: a 28 February check-in is in the past there
    const today = todayIn("Pacific/Auckland", new Date("2030-02-28T11:00:00Z"));
    expect(today).toBe("2030-03-01");
    expect(bookingRuleErrors({ ...ok, checkIn: "2030-02-28" }, unit, building(), today)).toHaveProperty(
      "checkIn",
    );
    expect(bookingRuleErrors(ok, unit, building(), today)).toEqual({});
  });
});
