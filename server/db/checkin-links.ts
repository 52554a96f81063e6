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
