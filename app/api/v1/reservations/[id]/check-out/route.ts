import { stayOperations } from "@/server/http/openapi/resources/stays";
import { apiRoute, json } from "@/server/http/route";
import { checkOutStay } from "@/server/services/stays/check-out-stay";

export const POST = apiRoute(stayOperations.checkOutReservation, async ({ actor, params }) =>
  json({ reservation: await checkOutStay(actor, params.id) }),
);
