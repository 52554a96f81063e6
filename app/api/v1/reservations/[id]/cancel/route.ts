import { reservationOperations } from "@/server/http/openapi/resources/reservations";
import { apiRoute, json } from "@/server/http/route";
import { cancelReservation } from "@/server/services/reservations/cancel-reservation";

export const POST = apiRoute(reservationOperations.cancelReservation, async ({ actor, params }) =>
  json({ reservation: await cancelReservation(actor, params.id) }),
);
