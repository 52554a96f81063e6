import { reissueLinkBodySchema } from "@/lib/domain/checkin-api";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { reissueCheckinLink } from "@/server/services/checkin/reissue-checkin-link";
import { revokeCheckinLink as revokeCheckinLinkForActor } from "@/server/services/checkin/revoke-checkin-link";

export const POST = apiRoute(
  { params: idParamsSchema, body: reissueLinkBodySchema, capability: "reservation.checkinLink" },
  async ({ actor, params, body }) =>
    json(await reissueCheckinLink(actor, params.id, { notify: body.notify })),
);

export const DELETE = apiRoute(
  { params: idParamsSchema, capability: "reservation.checkinLink" },
  async ({ actor, params }) => json({ reservation: await revokeCheckinLinkForActor(actor, params.id) }),
);
