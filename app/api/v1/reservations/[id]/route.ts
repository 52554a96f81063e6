import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { getReservation as getReservationForActor } from "@/server/services/reservations/get-reservation";

export const GET = apiRoute(
  { params: idParamsSchema, capability: "reservation.read" },
  async ({ actor, params }) => json({ reservation: await getReservationForActor(actor, params.id) }),
);
