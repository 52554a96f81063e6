import "server-only";
import type { TurnoverDTO, UpdateTurnoverInput } from "@/lib/domain/turnover";
import { toTurnoverDTO } from "@/lib/domain/turnover";
import { AppError, notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { hashToken, newSecretToken } from "@/server/db/token-hash";
import { getBuilding } from "../../db/buildings";
import { findTurnover, replaceTurnoverLink, type TurnoverPatch } from "../../db/turnovers";
import { findUser } from "../../db/users";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { applyTurnoverPatch } from "./apply-turnover-patch";
import { cleanerUrl } from "./cleaner-link";
import { issueTurnoverDoorCode } from "./turnover-door-code";

/** How long an outside cleaner's link works after the cleaning window ends. */
const LINK_GRACE_MS = 24 * 3_600_000;

/**
 * `PATCH /api/v1/turnovers/{id}` (staff, managers): assign a staff member of the building or an outside cleaner
 * (who gets a link, returned once as `cleanerUrl`; a new assignment replaces the old link), tick the checklist,
 * attach photos, report a damaged or missing item (a ticket), mark the unit ready. The cleaning code is issued at
 * the first assignment (valid only for the window), and taken off when the unit is ready.
 */
export async function updateTurnover(
  actor: Actor,
  turnoverId: string,
  input: UpdateTurnoverInput,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<{ turnover: TurnoverDTO; cleanerUrl?: string }> {
  authorize(actor, "turnover.manage");
  let t = await findTurnover({ buildingId: actor.buildingId, turnoverId });
  if (!t) throw notFound("Turnover");
  authorize(actor, "turnover.manage", { buildingId: t.buildingId });
  const building = await getBuilding({ buildingId: t.buildingId });
  let url: string | undefined;
  const extra: TurnoverPatch = {};
  if (input.assignee !== undefined) {
    if (t.status === "ready" || t.status === "cancelled")
      throw new AppError("conflict", `This turnover is ${t.status}.`);
    if (input.assignee?.kind === "staff") {
      const user = await findUser({ buildingId: t.buildingId, userId: input.assignee.userId });
      if (user?.status !== "active" || (user.role !== "staff" && user.role !== "manager")) {
        throw new AppError("validation", "Choose a staff member of this building.", {
          fields: { "assignee.userId": ["Choose a staff member of this building."] },
        });
      }
      extra.assignee = { kind: "staff", userId: user.id, name: user.name };
    } else if (input.assignee?.kind === "outside") {
      const token = newSecretToken();
      const expiresAt = new Date(Date.parse(t.validUntil) + LINK_GRACE_MS).toISOString();
      t = await replaceTurnoverLink({
        current: t,
        link: { tokenHash: hashToken(token), expiresAt },
        assignee: { kind: "outside", name: input.assignee.name },
      });
      url = cleanerUrl(token);
    } else extra.assignee = null;
    const assigned = extra.assignee ?? t.assignee;
    if (assigned && !t.access && Date.parse(t.validUntil) > Date.now()) {
      extra.access = await issueTurnoverDoorCode({ ...t, assignee: assigned }, building, bridge);
    }
    await recordAudit(actor, "turnover.assign", { type: "turnover", id: t.id }, "success", {
      assignee: assigned ? { kind: assigned.kind, name: assigned.name } : null,
    });
  }
  const saved = await applyTurnoverPatch(actor, t, input, extra, bridge);
  return { turnover: toTurnoverDTO(saved), ...(url ? { cleanerUrl: url } : {}) };
}
