import "server-only";
import type { Handover } from "@/lib/domain/handover";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findHandover } from "../../db/handovers";

/** The building's hand-over, for staff and managers (people and tokens with the role); else not found / 403. */
export async function loadHandoverFor(actor: Actor, handoverId: string): Promise<Handover> {
  authorize(actor, "handover.manage");
  const h = await findHandover({ buildingId: actor.buildingId, handoverId });
  if (!h) throw notFound("Hand-over");
  return h;
}

export const laterThan = (prev: string) => new Date(Math.max(Date.now(), Date.parse(prev) + 1)).toISOString();
