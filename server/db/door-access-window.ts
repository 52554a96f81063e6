import "server-only";
import { keys } from "./keys";
import { TransactionRefused, transactWrite, tx } from "./write";

type R = { buildingId: string; reservationId: string };

/**
 * Moves a stay's door code window everywhere it is recorded, in one transaction: the stay's door access, its
 * revocation record (due at the code's new end) and the code on each lock (pending again until the lock takes
 * the new window). Only while the stay still holds this code and its removal is not already due (a cancelled
 * stay's code is coming off, not moving). Returns false when that no longer holds.
 */
export async function moveDoorAccessWindow({
  buildingId,
  reservationId,
  codeId,
  deviceIds,
  validFrom,
  validUntil,
  now = new Date(),
}: R & { codeId: string; deviceIds: string[]; validFrom: string; validUntil: string; now?: Date }) {
  const at = now.toISOString();
  try {
    await transactWrite([
      tx.update(
        keys.reservation(buildingId, reservationId),
        {
          UpdateExpression: "SET #da.#vf = :vf, #da.#vu = :vu, #ua = :at",
          ExpressionAttributeNames: {
            "#da": "doorAccess",
            "#vf": "validFrom",
            "#vu": "validUntil",
            "#ua": "updatedAt",
          },
          ExpressionAttributeValues: { ":vf": validFrom, ":vu": validUntil, ":at": at },
        },
        "#da.#cid = :cid AND attribute_not_exists(#da.#rd)",
        {
          ExpressionAttributeNames: { "#cid": "codeId", "#rd": "revokeDueAt" },
          ExpressionAttributeValues: { ":cid": codeId },
        },
      ),
      tx.update(
        keys.doorRevocation(buildingId, reservationId),
        {
          UpdateExpression: "SET #due = :vu",
          ExpressionAttributeNames: { "#due": "dueAt" },
          ExpressionAttributeValues: { ":vu": validUntil },
        },
        "#cid = :cid",
        { ExpressionAttributeNames: { "#cid": "codeId" }, ExpressionAttributeValues: { ":cid": codeId } },
      ),
      ...deviceIds.map((deviceId) =>
        tx.update(
          keys.doorCode(buildingId, deviceId, codeId),
          {
            UpdateExpression: "SET #vf = :vf, #vu = :vu, #st = :pending, #ua = :at",
            ExpressionAttributeNames: {
              "#vf": "validFrom",
              "#vu": "validUntil",
              "#st": "status",
              "#ua": "updatedAt",
            },
            ExpressionAttributeValues: {
              ":vf": validFrom,
              ":vu": validUntil,
              ":pending": "pending",
              ":at": at,
            },
          },
          "attribute_exists(pk) AND attribute_not_exists(removalRequestedAt)",
        ),
      ),
    ]);
    return true;
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length) return false;
    throw e;
  }
}
