import "server-only";
import { type PassDTO, toPassDTO } from "@/lib/domain/pass";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getPass, updatePass } from "../../db/passes";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { recordAudit } from "../audit/audit";
import { getBuilding } from "../building/get-building";
import { deliverPass } from "./pass-delivery";
import { advancePass } from "./pass-door-access";
import { assertLive } from "./revoke-pass";

/**
 * Staff approve or decline a pending pass (the building requires approval). Approved, it works like a pass issued
 * without approval: the window open now goes to the locks and an email delivery is sent. Only once: deciding is
 * conditional on the pass still being the pending one read (a second decision is a 409).
 */
export async function decidePass(
  actor: Actor,
  passId: string,
  input: { approve: boolean },
  now = new Date(),
  bridge: MqttBridge | null = mqttBridge(),
): Promise<{ pass: PassDTO }> {
  const pass = await getPass({ buildingId: actor.buildingId, passId });
  authorize(actor, "pass.approve", { buildingId: pass.buildingId });
  assertLive(pass);
  if (pass.status !== "pending") return { pass: toPassDTO(pass) };
  const building = await getBuilding(actor);
  const decided = await updatePass({
    current: pass,
    set: {
      status: input.approve ? "active" : "declined",
      decidedBy: { id: actor.id, name: actor.name ?? "" },
    },
  });
  await recordAudit(
    actor,
    input.approve ? "pass.approve" : "pass.decline",
    { type: "pass", id: pass.id },
    "success",
  );
  if (!input.approve) return { pass: toPassDTO(decided) };
  const advanced = await advancePass(decided, building, now, bridge);
  await deliverPass(advanced, building, null);
  return { pass: toPassDTO(advanced) };
}
