import { changeReservationInputSchema } from "@/lib/domain/reservation";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { getReservationForActor } from "@/server/services/get-reservation";
import { changeReservation } from "@/server/services/stays/change-reservation";

export const GET = apiRoute(
  { params: idParamsSchema, capability: "reservation.read" },
  async ({ actor, params }) => json({ reservation: await getReservationForActor(actor, params.id) }),
);

export const PATCH = apiRoute(
  { params: idParamsSchema, body: changeReservationInputSchema, capability: "reservation.update" },
  async ({ actor, params, body }) => json({ reservation: await changeReservation(actor, params.id, body) }),
);
