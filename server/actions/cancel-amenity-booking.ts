"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { cancelBooking } from "../services/amenities/cancel-amenity-booking";
import { action } from "./action";

/** Cancels an amenity booking (its booker, or staff; the service checks). */
export const cancelAmenityBookingAction = action(z.object({ id: idSchema }), async ({ id }, actor) => {
  const { booking } = await cancelBooking(actor, id);
  revalidatePath("/", "layout");
  return { id: booking.id, status: booking.status };
});
