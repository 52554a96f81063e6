"use server";

import { z } from "zod";
import { checkOutStay } from "../services/stays/check-out-stay";
import { action } from "./action";

/** The guest's "check out" on the stay page (issue 17): the stay is the session's own; the service checks it. */
export const checkOutMyStayAction = action(
  z.object({}),
  async function checkOutMyStay(_input, actor) {
    const r = await checkOutStay(actor, actor.reservationId ?? "");
    return { status: r.status };
  },
  { capability: "reservation.checkOut" },
);
