import "server-only";
import {
  type CleanerTurnoverPatch,
  type Turnover,
  type TurnoverDTO,
  toTurnoverDTO,
} from "@/lib/domain/turnover";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { config } from "@/server/config";
import { getBuilding } from "../../db/buildings";
import { hashToken } from "../../db/token-hash";
import { findTurnoverByLinkHash } from "../../db/turnovers";
import { getUnit } from "../../db/units";
import { applyTurnoverPatch } from "./apply-turnover-patch";

export function cleanerUrl(token: string): string {
  return new URL(`/turnover/${token}`, config().APP_URL).toString();
}

/**
 * The outside cleaner acts through the link alone: this actor exists only inside the link's services, after the
 * token resolved to this one turnover, and is used for what they do there (photos uploaded under this id, the
 * ticket of a damaged item, the audit). It is a staff-role machine actor like the alarm rules' one.
 */
export const cleanerActor = (t: Turnover): Actor => ({
  kind: "token",
  id: `cleaner-${t.id}`,
  role: "staff",
  buildingId: t.buildingId,
  unitIds: [t.unitId],
  name: t.assignee?.name ?? "Cleaner",
});

async function resolve(token: string): Promise<Turnover> {
  const t = token.length >= 20 ? await findTurnoverByLinkHash({ tokenHash: hashToken(token) }) : null;
  if (t?.assignee?.kind !== "outside" || t.status === "cancelled")
    throw new AppError("not_found", "This link does not work (it may have been replaced or expired).");
  return t;
}

export type CleanerView = {
  turnover: Omit<TurnoverDTO, "assignee" | "reservationId">;
  unit: { number: string; floor: number };
  building: { name: string; timezone: string };
};

/** What the cleaner's page shows: the unit, the window, their code, the checklist. Nothing of the guest. */
export async function getCleanerTurnover(token: string): Promise<CleanerView> {
  const t = await resolve(token);
  const [unit, building] = await Promise.all([
    getUnit({ buildingId: t.buildingId, unitId: t.unitId }),
    getBuilding({ buildingId: t.buildingId }),
  ]);
  const { assignee: _a, reservationId: _r, ...turnover } = toTurnoverDTO(t);
  return {
    turnover,
    unit: { number: unit.number, floor: unit.floor },
    building: { name: building.name, timezone: building.timezone },
  };
}

export async function updateCleanerTurnover(
  token: string,
  patch: CleanerTurnoverPatch,
): Promise<CleanerView> {
  const t = await resolve(token);
  await applyTurnoverPatch(cleanerActor(t), t, patch);
  return getCleanerTurnover(token);
}

/** The cleaner's photo upload: signed for the link's actor, so only they can attach it. */
export async function cleanerActorFor(token: string): Promise<Actor> {
  return cleanerActor(await resolve(token));
}
