import "server-only";
import type { Reservation } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { keys } from "./keys";
import { getReservation } from "./reservations";
import { buildUpdate, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };

/**
 * Revokes the reservation's current link in one transaction: the reservation keeps the link marked revoked
 * (so staff see it was), and the global lookup item is deleted, so the token finds nothing from now on.
 * Conditional on the link still being `tokenHash`: a link re-issued meanwhile is left alone (409).
 */
export async function revokeCheckinLink({
  buildingId,
  reservationId,
  tokenHash,
  now = new Date(),
}: B & { reservationId: string; tokenHash: string; now?: Date }): Promise<Reservation> {
  const r = await getReservation({ buildingId, reservationId });
  if (!r.checkinLink || r.checkinLink.tokenHash !== tokenHash) {
    throw new AppError("conflict", "The check-in link was changed meanwhile; reload and try again.");
  }
  const at = now.toISOString();
  const link = { ...r.checkinLink, revoked: true };
  try {
    await transactWrite([
      tx.update(
        keys.reservation(buildingId, reservationId),
        buildUpdate({ checkinLink: link, updatedAt: at }),
        "#cl.#th = :h",
        {
          ExpressionAttributeNames: { "#cl": "checkinLink", "#th": "tokenHash" },
          ExpressionAttributeValues: { ":h": tokenHash },
        },
      ),
      tx.delete(keys.checkinLink(tokenHash)),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      throw new AppError("conflict", "The check-in link was changed meanwhile; reload and try again.");
    }
    throw e;
  }
  return { ...r, checkinLink: link, updatedAt: at };
}

/**
 * Moves the current link's expiry (the stay's end moved: new dates, an approved or cancelled late check-out), on
 * the reservation and its token lookup in one transaction. Conditional on the link still being `tokenHash`, not
 * revoked, and still expiring at `from`: a link re-issued, revoked or moved meanwhile is left alone (null).
 */
export async function setCheckinLinkExpiry({
  buildingId,
  reservationId,
  tokenHash,
  from,
  expiresAt,
  now = new Date(),
}: B & {
  reservationId: string;
  tokenHash: string;
  from: string;
  expiresAt: string;
  now?: Date;
}): Promise<{ expiresAt: string } | null> {
  const at = now.toISOString();
  try {
    await transactWrite([
      tx.update(
        keys.reservation(buildingId, reservationId),
        {
          UpdateExpression: "SET #cl.#ex = :ex, #ua = :at",
          ExpressionAttributeNames: { "#cl": "checkinLink", "#ex": "expiresAt", "#ua": "updatedAt" },
          ExpressionAttributeValues: { ":ex": expiresAt, ":at": at },
        },
        "#cl.#th = :h AND #cl.#rv = :no AND #cl.#ex = :from",
        {
          ExpressionAttributeNames: { "#th": "tokenHash", "#rv": "revoked" },
          ExpressionAttributeValues: { ":h": tokenHash, ":no": false, ":from": from },
        },
      ),
      tx.update(keys.checkinLink(tokenHash), buildUpdate({ expiresAt }), "attribute_exists(pk)"),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length) return null;
    throw e;
  }
  return { expiresAt };
}
