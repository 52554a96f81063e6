"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { cancelReservation } from "../services/reservations/cancel-reservation";
import { action } from "./action";

/** Cancels a stay (the service decides who may: residents their own units', managers any). */
export const cancelReservationAction = action(z.object({ id: idSchema }), async ({ id }, actor) => {
  const r = await cancelReservation(actor, id);
  revalidatePath("/", "layout");
  return { id: r.id, status: r.status };
});
