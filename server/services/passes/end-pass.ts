import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Pass } from "@/lib/domain/pass";
import { AppError } from "@/lib/errors";
import { findPass, updatePass } from "../../db/passes";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { advancePass } from "./pass-door-access";

/**
 * Revokes a live pass (by its issuer, staff, or its ticket's closing): the status moves first (conditional on the
 * pass as read; a racing sweeper makes it read again), then advancePass takes its window off the locks. A pass
 * that is no longer live is returned as it is.
 */
export async function endPass(
  pass: Pass,
  building: Pick<Building, "timezone">,
  reason: NonNullable<Pass["revokeReason"]>,
  now = new Date(),
  bridge: MqttBridge | null = mqttBridge(),
): Promise<Pass> {
  let p: Pass | null = pass;
  for (let round = 0; round < 3 && p; round++) {
    if (p.status !== "active" && p.status !== "pending") return p;
    try {
      const revoked = await updatePass({
        current: p,
        set: { status: "revoked", revokedAt: now.toISOString(), revokeReason: reason },
      });
      return await advancePass(revoked, building, now, bridge);
    } catch (e) {
      if (!(e instanceof AppError && e.code === "conflict")) throw e;
      p = await findPass({ buildingId: pass.buildingId, passId: pass.id });
    }
  }
  throw new AppError("conflict", "The pass kept changing; try again.");
}
