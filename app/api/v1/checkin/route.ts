import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { getCheckin } from "@/server/services/checkin/get-checkin";

export const GET = apiRoute(checkinOperations.getCheckin, async ({ actor }) =>
  json({ checkin: await getCheckin(actor) }),
);
