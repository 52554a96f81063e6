import { apiRoute, json } from "@/server/http/route";
import { getCheckin } from "@/server/services/checkin/get-checkin";

export const GET = apiRoute({ capability: "reservation.read" }, async ({ actor }) =>
  json({ checkin: await getCheckin(actor) }),
);
