import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { reissueCheckinLink } from "@/server/services/checkin/reissue-checkin-link";
import { revokeCheckinLink } from "@/server/services/checkin/revoke-checkin-link";

export const POST = apiRoute(checkinOperations.reissueCheckinLink, async ({ actor, params, body }) =>
  json(await reissueCheckinLink(actor, params.id, { notify: body.notify })),
);

export const DELETE = apiRoute(checkinOperations.revokeCheckinLink, async ({ actor, params }) =>
  json({ reservation: await revokeCheckinLink(actor, params.id) }),
);
