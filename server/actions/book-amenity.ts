"use server";

import { revalidatePath } from "next/cache";
import { createAmenityBookingInputSchema } from "@/lib/domain/amenity";
import { bookAmenity } from "../services/amenities/book-amenity";
import { action } from "./action";

/** Books amenity slots for the signed-in resident (the service decides who may, and the database who gets it). */
export const bookAmenityAction = action(createAmenityBookingInputSchema, async (input, actor) => {
  const { booking } = await bookAmenity(actor, input);
  revalidatePath("/resident/amenities");
  return { id: booking.id };
});
