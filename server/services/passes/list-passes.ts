import "server-only";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { CodeRemovalStatus } from "@/lib/domain/code-removal";
import { type PassDTO, toPassDTO } from "@/lib/domain/pass";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAccessLogsByDevice } from "../../db/access-logs";
import { getPass, listBuildingPasses, listPassesByIssuer } from "../../db/passes";
import { owedRemovalsBySource } from "../door-codes/code-removals";

export type PassListQuery = { status?: PassDTO["status"]; limit?: number; cursor?: string };

/** Residents: the passes they issued; staff and managers: the building's. Newest first, one page. */
export async function listPasses(
  actor: Actor,
  query: PassListQuery = {},
): Promise<{ items: PassDTO[]; cursor: string | null }> {
  const scope = authorize(actor, "pass.read");
  const page = { limit: query.limit, cursor: query.cursor };
  const p =
    scope === "own"
      ? await listPassesByIssuer({ buildingId: actor.buildingId, userId: actor.id, ...page })
      : await listBuildingPasses({ buildingId: actor.buildingId, ...page });
  const items = p.items.filter((x) => !query.status || x.status === query.status);
  return { items: items.map(toPassDTO), cursor: p.cursor };
}

/** How many of a pass's entries its page shows (newest first, across its locks). */
const ENTRIES = 50;

/**
 * One pass with the door events under it (its issuer or staff): every lock it opens, read by device (gsi1) since
 * the pass was issued, filtered on the person the access log named (the pass's holder, by the pass id).
 */
export async function getPassWithEntries(
  actor: Actor,
  passId: string,
): Promise<{ pass: PassDTO; entries: AccessLogDTO[]; removals: CodeRemovalStatus[] }> {
  const pass = await getPass({ buildingId: actor.buildingId, passId });
  authorize(actor, "pass.read", { buildingId: pass.buildingId, owns: (a) => a.id === pass.issuedBy.id });
  const pages = await Promise.all(
    pass.lockIds.map((deviceId) =>
      listAccessLogsByDevice({
        buildingId: pass.buildingId,
        deviceId,
        from: pass.createdAt,
        personId: pass.id,
        limit: ENTRIES,
      }),
    ),
  );
  const entries = pages
    .flatMap((p) => p.items)
    .sort((a, b) => b.ts.localeCompare(a.ts))
    .slice(0, ENTRIES)
    .map(({ ttl: _t, ...e }) => e);
  const owed = await owedRemovalsBySource(pass.buildingId, "pass", [pass.id]);
  return { pass: toPassDTO(pass), entries, removals: owed.get(pass.id) ?? [] };
}
