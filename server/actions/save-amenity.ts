"use server";

import { z } from "zod";
import { createAmenityInputSchema } from "@/lib/domain/amenity";
import { idSchema } from "@/lib/domain/common";
import { defineAmenity } from "../services/amenities/create-amenity";
import { updateAmenity } from "../services/amenities/update-amenity";
import { action } from "./action";

const saveAmenitySchema = z.object({ id: idSchema.optional(), amenity: createAmenityInputSchema });

/** The manager's amenity form: a new amenity without `id`, an edit with it; the services check again. */
export const saveAmenityAction = action(
  saveAmenitySchema,
  async function saveAmenity({ id, amenity }, actor) {
    return id ? updateAmenity(actor, id, amenity) : defineAmenity(actor, amenity);
  },
  { capability: "amenity.manage" },
);
