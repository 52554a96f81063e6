import "server-only";
import type { PublicPass } from "@/lib/domain/pass";
import { getBuilding } from "../../db/buildings";
import { getDevicesByIds } from "../../db/devices";
import { findPassByLink } from "../../db/passes";
import { hashToken } from "../../db/token-hash";

/**
 * The public page of a pass, for whoever holds its link (no session): the holder's name, the doors, when, and the
 * PIN while the pass can still open a door (not once revoked, declined or ended, nor while it waits for approval).
 * Null for an unknown link, so a guessed token learns nothing.
 */
export async function findPublicPass(token: string): Promise<PublicPass | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const pass = await findPassByLink({ tokenHash: hashToken(token) });
  if (!pass) return null;
  const [building, devices] = await Promise.all([
    getBuilding({ buildingId: pass.buildingId }),
    getDevicesByIds({ buildingId: pass.buildingId, deviceIds: pass.lockIds }),
  ]);
  return {
    holderName: pass.holder.name,
    buildingName: building.name,
    status: pass.status,
    pin: pass.status === "active" ? pass.pin : null,
    schedule: pass.schedule,
    timeZone: building.timezone,
    doors: devices.map((d) => d.name),
  };
}
