import "server-only";
import type { DoorAccess, Reservation } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { keys } from "./keys";
import { updateRecord } from "./update";

type R = { buildingId: string; reservationId: string };

/**
 * Claims the stay's door access: sets it only if the stay has none yet, so of several instances (the check-in,
 * the sweeper, another process) exactly one issues the code. Returns null when someone else already did.
 */
export async function claimDoorAccess({ buildingId, reservationId, access }: R & { access: DoorAccess }) {
  try {
    return await updateRecord<Reservation>({
      key: keys.reservation(buildingId, reservationId),
      set: { doorAccess: access, updatedAt: new Date().toISOString() },
      what: "Reservation",
      condition: {
        expression: "(attribute_not_exists(#da) OR #da = :null)",
        names: { "#da": "doorAccess" },
        values: { ":null": null },
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return null;
    throw e;
  }
}

/** Releases the stay's door access once, when the code was deleted (only the holder of `codeId` wins). */
export async function releaseDoorAccess({ buildingId, reservationId, codeId }: R & { codeId: string }) {
  try {
    return await updateRecord<Reservation>({
      key: keys.reservation(buildingId, reservationId),
      set: { doorAccess: null, updatedAt: new Date().toISOString() },
      what: "Reservation",
      condition: {
        expression: "#da.#cid = :cid",
        names: { "#da": "doorAccess", "#cid": "codeId" },
        values: { ":cid": codeId },
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return null;
    throw e;
  }
}

/**
 * Claims one attempt at deleting the stay's code from its locks: only if the access is still this one and no
 * other attempt was claimed since (so of several instances, one sends the deletes). Null when someone else did.
 */
export async function claimRevokeAttempt({
  buildingId,
  reservationId,
  access,
  now = new Date(),
}: R & { access: DoorAccess; now?: Date }) {
  const at = now.toISOString();
  const previous = access.revokeAttempts ?? 0;
  try {
    return await updateRecord<Reservation>({
      key: keys.reservation(buildingId, reservationId),
      set: { doorAccess: { ...access, revokeAttempts: previous + 1, lastRevokeAt: at }, updatedAt: at },
      what: "Reservation",
      condition: {
        expression: `#da.#cid = :cid AND ${previous === 0 ? "attribute_not_exists(#da.#ra)" : "#da.#ra = :prev"}`,
        names: { "#da": "doorAccess", "#cid": "codeId", "#ra": "revokeAttempts" },
        values: { ":cid": access.codeId, ...(previous === 0 ? {} : { ":prev": previous }) },
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return null;
    throw e;
  }
}
