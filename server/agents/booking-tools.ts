import "server-only";
import { type ToolSet, tool } from "ai";
import { z } from "zod";
import { parseRequestTime } from "@/lib/domain/request-time";
import { listReservationsQuerySchema } from "@/lib/domain/reservation-api";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { logger } from "../logger";
import { bookAmenity } from "../services/amenities/book-amenity";
import { cancelBooking } from "../services/amenities/cancel-amenity-booking";
import { listBuildingAmenities } from "../services/amenities/list-amenities";
import { listBookings } from "../services/amenities/list-amenity-bookings";
import { getBuilding } from "../services/building/get-building";
import { cancelReservation } from "../services/reservations/cancel-reservation";
import { listReservations } from "../services/reservations/list-reservations";

export const BOOKING_TOOL = {
  bookAmenity: "book_amenity_slot",
  cancelAmenity: "cancel_amenity_booking",
  cancelStay: "cancel_stay",
} as const;

type Outcome =
  | { status: "refused"; reason: string }
  | { status: "error" }
  | { status: "booked" | "cancelled"; what: string; startsAt: string; endsAt: string };

/**
 * Booking and cancelling for the person asking, built for one actor: each tool exists only when the permission
 * table gives that role the capability, and calls the same service a page would (which checks rights, ownership,
 * the slot grid, capacity and limits again). The model names things in words ("the gym", "tomorrow at 18:00"):
 * names are matched among what this person may see, times read in the building's zone. A refusal is a result.
 */
export function bookingTools(actor: Actor): ToolSet {
  const run = async (name: string, fn: () => Promise<Outcome>): Promise<Outcome> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof AppError && e.code !== "internal" && e.code !== "unavailable") {
        return { status: "refused", reason: e.message };
      }
      logger.error("booking tool failed", { tool: name, actorId: actor.id, error: String(e) });
      return { status: "error" };
    }
  };
  const timeOf = async (words: string) => {
    const b = await getBuilding(actor);
    return parseRequestTime(words, { timeZone: b.timezone })?.at ?? null;
  };
  const tools: ToolSet = {};
  if (can(actor, "amenityBooking.create")) {
    tools[BOOKING_TOOL.bookAmenity] = tool({
      description:
        "Book a slot of a shared amenity (gym, party room, pool…) for the user, at a time in their words.",
      inputSchema: z.object({
        amenity: z.string().trim().min(1).max(80).describe("The amenity's name"),
        at: z.string().trim().min(1).max(80).describe("When, e.g. 'tomorrow at 18:00'"),
        slots: z.number().int().min(1).max(8).default(1),
      }),
      execute: (input) =>
        run(BOOKING_TOOL.bookAmenity, async () => {
          const { items } = await listBuildingAmenities(actor);
          const amenity = items.find((a) => a.name.toLowerCase().includes(input.amenity.toLowerCase()));
          if (!amenity) return { status: "refused", reason: "No amenity by that name that you may book." };
          const startsAt = await timeOf(input.at);
          if (!startsAt) return { status: "refused", reason: "Say when, e.g. 'tomorrow at 18:00'." };
          const endsAt = new Date(Date.parse(startsAt) + (input.slots ?? 1) * amenity.slotMinutes * 60_000);
          const { booking } = await bookAmenity(actor, {
            amenityId: amenity.id,
            startsAt,
            endsAt: endsAt.toISOString(),
          });
          return { status: "booked", what: amenity.name, startsAt: booking.startsAt, endsAt: booking.endsAt };
        }),
    });
  }
  if (actor.role !== "staff" && actor.role !== "manager" && can(actor, "amenityBooking.cancel")) {
    tools[BOOKING_TOOL.cancelAmenity] = tool({
      description: "Cancel one of the user's own amenity bookings (the soonest matching one).",
      inputSchema: z.object({
        amenity: z.string().trim().max(80).optional(),
        at: z.string().trim().max(80).optional().describe("When the booking starts, in the user's words"),
      }),
      execute: (input) =>
        run(BOOKING_TOOL.cancelAmenity, async () => {
          const { items } = await listBookings(actor, { limit: 50 });
          const at = input.at ? await timeOf(input.at) : null;
          const match = items.find(
            (b) =>
              b.status === "confirmed" &&
              Date.parse(b.endsAt) > Date.now() &&
              (!input.amenity || b.amenityName.toLowerCase().includes(input.amenity.toLowerCase())) &&
              (!at || b.startsAt === at),
          );
          if (!match) return { status: "refused", reason: "No booking of yours matches." };
          const { booking } = await cancelBooking(actor, match.id);
          return {
            status: "cancelled",
            what: booking.amenityName,
            startsAt: booking.startsAt,
            endsAt: booking.endsAt,
          };
        }),
    });
  }
  if (actor.role === "resident" && can(actor, "reservation.cancel")) {
    tools[BOOKING_TOOL.cancelStay] = tool({
      description:
        "Cancel a guest stay the resident booked in their own unit, named by guest or arrival date.",
      inputSchema: z.object({
        guest: z.string().trim().max(80).optional(),
        checkIn: z.iso.date().optional().describe("Arrival date, YYYY-MM-DD"),
      }),
      execute: (input) =>
        run(BOOKING_TOOL.cancelStay, async () => {
          const page = await listReservations(actor, listReservationsQuerySchema.parse({ limit: 50 }));
          const match = page.items.find(
            (r) =>
              r.status === "confirmed" &&
              (!input.guest || r.guest.name.toLowerCase().includes(input.guest.toLowerCase())) &&
              (!input.checkIn || r.checkIn === input.checkIn),
          );
          if (!match || (!input.guest && !input.checkIn))
            return { status: "refused", reason: "Name the guest or the arrival date of one of your stays." };
          const r = await cancelReservation(actor, match.id);
          return {
            status: "cancelled",
            what: `stay of ${r.guest.name}`,
            startsAt: r.checkIn,
            endsAt: r.checkOut,
          };
        }),
    });
  }
  return tools;
}
