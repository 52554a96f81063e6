import "server-only";
import { type ApiTokenDTO, toApiTokenDTO } from "@/lib/domain/api-token";
import type { PageDTO } from "@/lib/domain/common";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listApiTokens as listApiTokensRecord } from "../../db/api-tokens";
import type { PageRequest } from "../../db/query";

/** The building's API tokens, newest first: name, prefix, role, last use; never the hash. */
export async function listApiTokens(actor: Actor, page: PageRequest): Promise<PageDTO<ApiTokenDTO>> {
  authorize(actor, "apiToken.manage");
  const p = await listApiTokensRecord({ buildingId: actor.buildingId, ...page });
  return { items: p.items.map(toApiTokenDTO), cursor: p.cursor };
}
