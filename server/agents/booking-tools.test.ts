import type { ToolExecutionOptions } from "ai";
import { describe, expect, it } from "vitest";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { defineAmenity } from "../services/amenities/create-amenity";
import { seedTicketBuilding } from "../services/shared/test-fixtures";
import { BOOKING_TOOL, bookingTools } from "./booking-tools";

const h = await seedTicketBuilding();
const TZ = "Europe/Lisbon"; // seedBuilding's zone
await defineAmenity(h.manager, {
  name: "Gym",
  doorDeviceIds: [],
  doorGroupIds: [],
  capacity: 1,
  slotMinutes: 60,
  openFrom: "07:00",
  openUntil: "22:00",
  bookableBy: ["resident"],
  maxAdvanceDays: 30,
  maxPerWeek: 0,
  rules: "",
  feeMinor: 0,
  depositMinor: 0,
});
const opts = { toolCallId: "call_test", messages: [] } as ToolExecutionOptions;
const run = (actor: typeof h.resident, name: string, input: object) => {
  const t = bookingTools(actor)[name];
  if (!t?.execute) throw new Error(`no tool ${name} for ${actor.role}`);
  return t.execute(input, opts);
};
const dayAfter = addDays(todayIn(TZ), 2);
const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: TZ }).format(
  instantAt(dayAfter, "12:00", TZ),
);

describe("the concierge books and cancels amenity slots within the person's rights", () => {
  it("books the slot named in words, in the building's zone; the full slot is refused to a neighbour", async () => {
    const booked = await run(h.resident, BOOKING_TOOL.bookAmenity, {
      amenity: "gym",
      at: `on ${weekday} at 18:00`,
    });
    expect(booked).toEqual({
      status: "booked",
      what: "Gym",
      startsAt: instantAt(dayAfter, "18:00", TZ).toISOString(),
      endsAt: instantAt(dayAfter, "19:00", TZ).toISOString(),
    });
    const second = await run(h.resident2, BOOKING_TOOL.bookAmenity, {
      amenity: "Gym",
      at: `on ${weekday} at 18:00`,
    });
    expect(second).toMatchObject({ status: "refused" });
  });

  it("cancels only the person's own booking", async () => {
    expect(await run(h.resident2, BOOKING_TOOL.cancelAmenity, { amenity: "gym" })).toMatchObject({
      status: "refused",
    });
    expect(await run(h.resident, BOOKING_TOOL.cancelAmenity, { amenity: "gym" })).toMatchObject({
      status: "cancelled",
      what: "Gym",
    });
    // the place is free again
    expect(
      await run(h.resident2, BOOKING_TOOL.bookAmenity, { amenity: "Gym", at: `on ${weekday} at 18:00` }),
    ).toMatchObject({ status: "booked" });
  });

  it("gives staff no booking tool and managers no cancel tool for other people's slots", () => {
    expect(Object.keys(bookingTools(h.staff))).toEqual([]);
    expect(Object.keys(bookingTools(h.manager))).toEqual([]);
    expect(Object.keys(bookingTools(h.resident)).sort()).toEqual(
      [BOOKING_TOOL.bookAmenity, BOOKING_TOOL.cancelAmenity, BOOKING_TOOL.cancelStay].sort(),
    );
  });
});
