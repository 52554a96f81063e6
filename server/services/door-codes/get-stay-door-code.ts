import "server-only";
import type { DoorCodeStatus } from "@/lib/domain/device";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getDevicesByIds } from "../../db/devices";
import { findDoorRevocation } from "../../db/door-access";
import { getDoorCode } from "../../db/door-codes";
import { loadVisibleReservation } from "../reservations/reservation-access";

export type StayDoorCodeView = {
  /** the code must come off the locks (stay over, cancelled, or its link revoked) */
  removalDue: boolean;
  /** each lock the code was sent to, never the PIN; `stillOnLock` while a due removal is not acknowledged */
  locks: { deviceId: string; name: string; status: DoorCodeStatus; stillOnLock: boolean; lastTry?: string }[];
};

/**
 * Staff's view of a stay's door code: on which locks it is, and whether a removal that is due has not yet been
 * acknowledged by each ("code still on the lock"). Null when the stay holds no code. Staff and managers only.
 */
export async function getStayDoorCode(
  actor: Actor,
  reservationId: string,
  now = new Date(),
): Promise<StayDoorCodeView | null> {
  if (actor.role !== "staff" && actor.role !== "manager") throw new AppError("forbidden", "Staff only.");
  const r = await loadVisibleReservation(actor, reservationId);
  const access = r.doorAccess;
  if (!access) return null;
  const revocation = await findDoorRevocation({ buildingId: r.buildingId, reservationId: r.id });
  const removalDue =
    Boolean(access.revokeDueAt) ||
    r.status === "cancelled" ||
    Date.parse(revocation?.dueAt ?? access.validUntil) <= now.getTime();
  const ids = revocation?.deviceIds?.length ? revocation.deviceIds : [access.deviceId];
  const devices = await getDevicesByIds({ buildingId: r.buildingId, deviceIds: ids });
  const locks = await Promise.all(
    devices.map(async (d) => {
      const code = await getDoorCode({
        buildingId: r.buildingId,
        deviceId: d.id,
        codeId: access.codeId,
      }).catch(() => null);
      const status = code?.status ?? "deleted";
      return {
        deviceId: d.id,
        name: d.name,
        status,
        stillOnLock: removalDue && status !== "deleted",
        ...(code?.lastDeleteOutcome ? { lastTry: code.lastDeleteOutcome } : {}),
      };
    }),
  );
  return { removalDue, locks };
}
