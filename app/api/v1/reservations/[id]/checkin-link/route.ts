import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { reissueCheckinLink } from "@/server/services/reissue-checkin-link";
import { revokeCheckinLinkForActor } from "@/server/services/revoke-checkin-link";

export const POST = apiRoute(checkinOperations.reissueCheckinLink, async ({ actor, params, body }) =>
  json(await reissueCheckinLink(actor, params.id, { notify: body.notify })),
);

export const DELETE = apiRoute(checkinOperations.revokeCheckinLink, async ({ actor, params }) =>
  json({ reservation: await revokeCheckinLinkForActor(actor, params.id) }),
);
