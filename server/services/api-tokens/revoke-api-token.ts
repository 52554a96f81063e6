import "server-only";
import { type ApiTokenDTO, toApiTokenDTO } from "@/lib/domain/api-token";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { revokeApiToken as revokeApiTokenRecord } from "../../db/api-tokens";
import { recordAudit } from "../audit/audit";

/**
 * Revokes one of the building's tokens: it stops working on its next request (the lookup item is deleted).
 * Keyed by the actor's building, so another building's token id is not found. Revoking twice is harmless.
 */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<ApiTokenDTO> {
  authorize(actor, "apiToken.manage");
  const t = await revokeApiTokenRecord({ buildingId: actor.buildingId, tokenId });
  authorize(actor, "apiToken.manage", { buildingId: t.buildingId });
  await recordAudit(actor, "apiToken.revoke", { type: "api_token", id: t.id }, "success", { name: t.name });
  return toApiTokenDTO(t);
}
