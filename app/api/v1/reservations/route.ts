import { createReservationInputSchema } from "@/lib/domain/reservation";
import { listReservationsQuerySchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { createReservation as createReservationForActor } from "@/server/services/reservations/create-reservation";
import { listReservations as listReservationsForActor } from "@/server/services/reservations/list-reservations";

export const GET = apiRoute(
  { query: listReservationsQuerySchema, capability: "reservation.read" },
  async ({ actor, query }) => json(await listReservationsForActor(actor, query)),
);

export const POST = apiRoute(
  { body: createReservationInputSchema, capability: "reservation.create" },
  async ({ actor, body }) => json(await createReservationForActor(actor, body, { source: "api" }), 201),
);
