import { reservationOperations } from "@/server/http/openapi/resources/reservations";
import { apiRoute, json } from "@/server/http/route";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { listReservations } from "@/server/services/reservations/list-reservations";

export const GET = apiRoute(reservationOperations.listReservations, async ({ actor, query }) =>
  json(await listReservations(actor, query)),
);

export const POST = apiRoute(reservationOperations.createReservation, async ({ actor, body }) =>
  json(await createReservation(actor, body, { source: "api" }), 201),
);
