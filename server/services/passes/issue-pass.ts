import "server-only";
import { randomInt } from "node:crypto";
import { newId } from "@/lib/domain/ids";
import {
  type CreatePassInput,
  createPassInputSchema,
  type Pass,
  type PassDTO,
  toPassDTO,
} from "@/lib/domain/pass";
import { passWindows } from "@/lib/domain/pass-schedule";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getDevicesByIds } from "../../db/devices";
import { createPass } from "../../db/passes";
import { findTicket } from "../../db/tickets";
import { hashToken, newSecretToken } from "../../db/token-hash";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { getBuilding } from "../building/get-building";
import { doorsOf, requireDoorGroups, requireLocks } from "../door-groups/door-locks";
import { notifyPendingPass } from "./notify-pending-pass";
import { deliverPass, passLink } from "./pass-delivery";
import { advancePass } from "./pass-door-access";

const ISSUER_ROLES = new Set(["resident", "staff", "manager"]);

/**
 * A resident or staff member issues a pass: the holder, the doors (door groups and/or locks of the building; a
 * resident only common-area locks and their own units' locks), the schedule, and for a vendor optionally the
 * ticket it ends with. The PIN and the public link are made here; the link is returned once. When the building
 * requires approval, a resident's pass waits (`pending`, no door opens) until staff decide; otherwise the window
 * open now, if any, goes to the locks at once and the sweeper does the rest.
 */
export async function issuePass(
  actor: Actor,
  raw: CreatePassInput,
  now = new Date(),
  bridge: MqttBridge | null = mqttBridge(),
): Promise<{ pass: PassDTO; link: string }> {
  authorize(actor, "pass.create");
  if (actor.kind !== "user" || !ISSUER_ROLES.has(actor.role)) {
    throw new AppError("forbidden", "Only people of the building can issue passes.");
  }
  const input = createPassInputSchema.parse(raw);
  const building = await getBuilding(actor);
  const [named] = await Promise.all([
    requireLocks(actor.buildingId, input.deviceIds, "deviceIds"),
    requireDoorGroups(actor.buildingId, input.doorGroupIds, "doorGroupIds"),
  ]);
  const doorIds = await doorsOf(actor.buildingId, input);
  const locks = (await getDevicesByIds({ buildingId: actor.buildingId, deviceIds: doorIds })).filter(
    (d) => d.type === "lock" && !d.retiredAt,
  );
  if (actor.role === "resident") {
    const others = locks.filter((d) => d.unitId && !actor.unitIds.includes(d.unitId));
    if (others.length) {
      throw new AppError("forbidden", "A pass can open common doors and your own unit's doors only.", {
        details: { reason: "pass_foreign_door", deviceIds: others.map((d) => d.id) },
      });
    }
  }
  if (locks.length === 0 && named.length === 0) {
    throw new AppError("validation", "These door groups hold no working lock.", {
      fields: { doorGroupIds: ["These door groups hold no working lock"] },
    });
  }
  if (passWindows(input.schedule, building.timezone, now).length === 0) {
    throw new AppError("validation", "That schedule has no time left.", {
      fields: { "schedule.until": ["The pass would never open: it ends in the past"] },
    });
  }
  if (input.ticketId) {
    const ticket = await findTicket({ buildingId: actor.buildingId, ticketId: input.ticketId });
    const mayTie = ticket && (actor.role !== "resident" || ticket.openedBy.id === actor.id);
    if (!mayTie) {
      throw new AppError("validation", "No such ticket.", {
        fields: { ticketId: ["No such ticket of yours"] },
      });
    }
    if (ticket.status === "resolved" || ticket.status === "closed") {
      throw new AppError("validation", "That ticket is already done.", {
        fields: { ticketId: ["That ticket is already resolved or closed"] },
      });
    }
  }
  const needsApproval = actor.role === "resident" && building.config.approvals.passes;
  const token = newSecretToken();
  const at = now.toISOString();
  const length = building.config.doorCode.length;
  const pass: Pass = {
    id: newId(now.getTime()),
    buildingId: actor.buildingId,
    issuedBy: { id: actor.id, name: actor.name ?? "", role: actor.role as Pass["issuedBy"]["role"] },
    holder: input.holder,
    doorGroupIds: [...new Set(input.doorGroupIds)],
    deviceIds: [...new Set(input.deviceIds)],
    lockIds: locks.map((d) => d.id),
    schedule: input.schedule,
    ticketId: input.ticketId ?? null,
    delivery: input.delivery,
    pin: String(randomInt(0, 10 ** length)).padStart(length, "0"),
    linkHash: hashToken(token),
    status: needsApproval ? "pending" : "active",
    current: null,
    dueAt: null,
    decidedBy: null,
    revokedAt: null,
    revokeReason: null,
    createdAt: at,
    updatedAt: at,
  };
  await createPass({ pass });
  await recordAudit(actor, "pass.issue", { type: "pass", id: pass.id }, "success", {
    holderKind: pass.holder.kind,
    schedule: pass.schedule.kind,
    locks: pass.lockIds.length,
    status: pass.status,
  });
  const link = passLink(token);
  if (pass.status === "pending") {
    await notifyPendingPass(pass, building);
    return { pass: toPassDTO(pass), link };
  }
  const advanced = await advancePass(pass, building, now, bridge);
  await deliverPass(advanced, building, link);
  return { pass: toPassDTO(advanced), link };
}
