"use server";

import { z } from "zod";
import { createReservationInputSchema } from "@/lib/domain/reservation";
import { createReservation } from "../services/reservations/create-reservation";
import { formAction } from "./action";

/** The booking form's flat fields, shaped into the API's input (one schema decides what is valid). */
const bookingFormSchema = z
  .object({
    unitId: z.string(),
    checkIn: z.string(),
    checkOut: z.string(),
    guestName: z.string(),
    guestEmail: z.string(),
    guestPhone: z.string().optional(),
    guestCount: z.coerce.number(),
    guestLocale: z.string().optional(),
  })
  .transform((f) => ({
    unitId: f.unitId,
    checkIn: f.checkIn,
    checkOut: f.checkOut,
    guest: {
      name: f.guestName,
      email: f.guestEmail,
      ...(f.guestPhone?.trim() ? { phone: f.guestPhone } : {}),
    },
    guestCount: f.guestCount,
    ...(f.guestLocale ? { guestLocale: f.guestLocale } : {}),
  }))
  .pipe(createReservationInputSchema);

/** A resident (own units) or a manager (any unit) books a stay from the portal; the guest's link comes back once. */
export const createReservationAction = formAction(bookingFormSchema, async (input, actor) => {
  const { reservation, checkInUrl } = await createReservation(actor, input, { source: "portal" });
  return { id: reservation.id, checkInUrl };
});
