import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { checkOutStay } from "@/server/services/stays/check-out-stay";

export const POST = apiRoute(
  { params: idParamsSchema, capability: "reservation.checkOut" },
  async ({ actor, params }) => json({ reservation: await checkOutStay(actor, params.id) }),
);
