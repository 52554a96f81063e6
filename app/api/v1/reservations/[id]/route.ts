import { reservationOperations } from "@/server/http/openapi/resources/reservations";
import { apiRoute, json } from "@/server/http/route";
import { getReservation } from "@/server/services/reservations/get-reservation";

export const GET = apiRoute(reservationOperations.getReservation, async ({ actor, params }) =>
  json({ reservation: await getReservation(actor, params.id) }),
);
