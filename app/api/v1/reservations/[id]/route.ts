import { reservationOperations } from "@/server/http/openapi/resources/reservations";
import { apiRoute, json } from "@/server/http/route";
import { getReservationForActor } from "@/server/services/get-reservation";

export const GET = apiRoute(reservationOperations.getReservation, async ({ actor, params }) =>
  json({ reservation: await getReservationForActor(actor, params.id) }),
);
