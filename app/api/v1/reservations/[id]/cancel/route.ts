import { reservationOperations } from "@/server/http/openapi/resources/reservations";
import { apiRoute, json } from "@/server/http/route";
import { cancelReservationForActor } from "@/server/services/cancel-reservation";

export const POST = apiRoute(reservationOperations.cancelReservation, async ({ actor, params }) =>
  json({ reservation: await cancelReservationForActor(actor, params.id) }),
);
