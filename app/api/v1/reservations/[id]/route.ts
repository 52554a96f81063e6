import { reservationOperations } from "@/server/http/openapi/resources/reservations";
import { stayOperations } from "@/server/http/openapi/resources/stays";
import { apiRoute, json } from "@/server/http/route";
import { getReservation } from "@/server/services/reservations/get-reservation";
import { changeReservation } from "@/server/services/stays/change-reservation";

export const GET = apiRoute(reservationOperations.getReservation, async ({ actor, params }) =>
  json({ reservation: await getReservation(actor, params.id) }),
);

export const PATCH = apiRoute(stayOperations.changeReservation, async ({ actor, params, body }) =>
  json({ reservation: await changeReservation(actor, params.id, body) }),
);
