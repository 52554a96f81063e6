import "server-only";
import type { ChecklistItem, CleanerTurnoverPatch, Turnover } from "@/lib/domain/turnover";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { type TurnoverPatch, updateTurnover } from "../../db/turnovers";
import { getUnit } from "../../db/units";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { openTicket } from "../tickets/open-ticket";
import { verifyTicketPhotos } from "../tickets/verify-ticket-photos";
import { revokeTurnoverDoorCode } from "./turnover-door-code";

const invalid = (field: string, message: string) =>
  new AppError("validation", message, { fields: { [field]: [message] } });

/**
 * The checklist and status part of a turnover change, shared by staff (`PATCH /api/v1/turnovers/{id}`) and the
 * outside cleaner's link: items ticked, photos attached (uploaded through the ticket-photo flow by this same
 * actor, verified before they attach), a damaged or missing item opens one maintenance ticket for the unit (its
 * id kept on the item, so asking again opens none), and `ready` stamps `readyAt` and takes the cleaning code off
 * the locks. A ready or cancelled turnover is closed (409). The write is conditional on the turnover as read.
 */
export async function applyTurnoverPatch(
  actor: Actor,
  t: Turnover,
  patch: CleanerTurnoverPatch,
  extra: TurnoverPatch = {},
  bridge: MqttBridge | null = mqttBridge(),
): Promise<Turnover> {
  if (t.status === "ready" || t.status === "cancelled")
    throw new AppError("conflict", `This turnover is ${t.status}.`);
  const checklist: ChecklistItem[] = t.checklist.map((i) => ({ ...i }));
  const unit = await getUnit({ buildingId: t.buildingId, unitId: t.unitId });
  for (const [n, p] of (patch.items ?? []).entries()) {
    const item = checklist[p.index];
    if (!item) throw invalid(`items.${n}.index`, "No such checklist item.");
    if (p.done !== undefined) item.done = p.done;
    if (p.photoKeys?.length) {
      const fresh = p.photoKeys.filter((k) => !item.photoKeys.includes(k));
      if (item.photoKeys.length + fresh.length > 5)
        throw invalid(`items.${n}.photoKeys`, "At most 5 photos.");
      item.photoKeys.push(...(await verifyTicketPhotos(actor, fresh)));
    }
    if (p.problem && !item.problem) {
      const ticket = await openTicket(actor, {
        title: `${p.problem.kind === "damaged" ? "Damaged" : "Missing"} at turnover: ${item.item}`.slice(
          0,
          200,
        ),
        description: `Unit ${unit.number}, turnover of ${t.date}: ${p.problem.note}`,
        category: "other",
        priority: "normal",
        unitId: t.unitId,
        photoKeys: [],
      });
      item.problem = { kind: p.problem.kind, note: p.problem.note, ticketId: ticket.id };
    }
  }
  const now = new Date().toISOString();
  const set: TurnoverPatch = { ...extra, checklist };
  if (patch.status === "in_progress") set.status = "in_progress";
  else if (patch.items?.length && t.status === "open") set.status = "in_progress";
  if (patch.status === "ready") {
    set.status = "ready";
    set.readyAt = now;
    const access = extra.access === undefined ? t.access : extra.access;
    if (access && !access.revokedAt) set.access = { ...access, revokedAt: now };
  }
  const saved = await updateTurnover({ current: t, patch: set });
  if (patch.status === "ready") {
    await revokeTurnoverDoorCode(
      { ...t, access: extra.access === undefined ? t.access : extra.access },
      now,
      bridge,
    );
    await recordAudit(actor, "turnover.ready", { type: "turnover", id: t.id }, "success", {
      unitId: t.unitId,
    });
  }
  return saved;
}
