import { reservationOperations } from "@/server/http/openapi/resources/reservations";
import { apiRoute, json } from "@/server/http/route";
import { createReservationForActor } from "@/server/services/create-reservation";
import { listReservationsForActor } from "@/server/services/list-reservations";

export const GET = apiRoute(reservationOperations.listReservations, async ({ actor, query }) =>
  json(await listReservationsForActor(actor, query)),
);

export const POST = apiRoute(reservationOperations.createReservation, async ({ actor, body }) =>
  json(await createReservationForActor(actor, body, { source: "api" }), 201),
);
