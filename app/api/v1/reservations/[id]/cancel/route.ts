import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { cancelReservation as cancelReservationForActor } from "@/server/services/reservations/cancel-reservation";

export const POST = apiRoute(
  { params: idParamsSchema, capability: "reservation.cancel" },
  async ({ actor, params }) => json({ reservation: await cancelReservationForActor(actor, params.id) }),
);
