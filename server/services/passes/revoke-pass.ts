import "server-only";
import { type Pass, type PassDTO, toPassDTO } from "@/lib/domain/pass";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getPass } from "../../db/passes";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { getBuilding } from "../building/get-building";
import { endPass } from "./end-pass";

/**
 * Its issuer (or staff, for any pass of the building) revokes a pass: no window opens again, and the one on the
 * locks now is asked off them. Revoking an ended or revoked pass changes nothing.
 */
export async function revokePass(
  actor: Actor,
  passId: string,
  now = new Date(),
  bridge: MqttBridge | null = mqttBridge(),
): Promise<{ pass: PassDTO }> {
  const pass = await getPass({ buildingId: actor.buildingId, passId });
  authorize(actor, "pass.revoke", { buildingId: pass.buildingId, owns: (a) => a.id === pass.issuedBy.id });
  const building = await getBuilding(actor);
  const reason: Pass["revokeReason"] = actor.id === pass.issuedBy.id ? "issuer" : "staff";
  const ended = await endPass(pass, building, reason, now, bridge);
  if (ended !== pass) {
    await recordAudit(actor, "pass.revoke", { type: "pass", id: pass.id }, "success", { reason });
  }
  return { pass: toPassDTO(ended) };
}

/** A pass that can no longer open (revoked, declined or ended) cannot be decided or revoked again. */
export function assertLive(pass: Pass) {
  if (pass.status !== "active" && pass.status !== "pending") {
    throw new AppError("conflict", `This pass is ${pass.status}.`, { details: { reason: "pass_not_live" } });
  }
}
