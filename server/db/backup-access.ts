import "server-only";
import { keys } from "./keys";
import { putIfAbsent } from "./write";

/**
 * Claims the right to give a stay's guest the backup access for one offline lock: true for exactly one caller,
 * whatever the number of instances and outages of that lock during the stay. Kept until a day after the stay.
 */
export async function claimBackupAccess({
  buildingId,
  reservationId,
  deviceId,
  until,
}: {
  buildingId: string;
  reservationId: string;
  deviceId: string;
  /** when the stay's access ends */
  until: string;
}): Promise<boolean> {
  return putIfAbsent({
    ...keys.backupAccessGrant(buildingId, reservationId, deviceId),
    reservationId,
    deviceId,
    claimedAt: new Date().toISOString(),
    ttl: Math.floor(Date.parse(until) / 1000) + 24 * 3600,
  });
}
