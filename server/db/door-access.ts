import "server-only";
import type { DoorAccess, Reservation } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { findOne, toItem } from "./item";
import { keys } from "./keys";
import { type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { TransactionRefused, transactWrite, tx } from "./write";

type R = { buildingId: string; reservationId: string };

/**
 * A stay's door code that is, or may be, on locks and must come off: written with the code, due at the code's
 * end, made due now when the stay is cancelled or its link revoked, deleted with the stay's door access once
 * every lock acknowledged the delete. `deviceIds` are the locks the code was sent to.
 */
export type DoorRevocation = R & { codeId: string; deviceIds?: string[]; dueAt: string };

const LIVE = { ":confirmed": "confirmed", ":in": "checked_in" };

/**
 * Claims the stay's door access: sets it only if the stay has none yet and is still live (confirmed or checked
 * in), so of several instances (the check-in, the sweeper, another process) exactly one issues the code, and a
 * cancel that won the race gets none. The revocation record (due at the code's end) is written in the same
 * transaction. Returns null when someone else already did, or the stay is no longer live.
 */
export async function claimDoorAccess({
  buildingId,
  reservationId,
  access,
  deviceIds,
}: R & { access: DoorAccess; deviceIds: string[] }): Promise<DoorAccess | null> {
  const at = new Date().toISOString();
  const revocation: DoorRevocation = {
    buildingId,
    reservationId,
    codeId: access.codeId,
    deviceIds,
    dueAt: access.validUntil,
  };
  try {
    await transactWrite([
      tx.update(
        keys.reservation(buildingId, reservationId),
        {
          UpdateExpression: "SET #da = :da, #ua = :at",
          ExpressionAttributeNames: { "#da": "doorAccess", "#ua": "updatedAt" },
          ExpressionAttributeValues: { ":da": access, ":at": at },
        },
        "attribute_exists(pk) AND (attribute_not_exists(#da) OR #da = :null) AND #st IN (:confirmed, :in)",
        {
          ExpressionAttributeNames: { "#st": "status" },
          ExpressionAttributeValues: { ":null": null, ...LIVE },
        },
      ),
      tx.put(toItem(revocation, keys.doorRevocation(buildingId, reservationId))),
    ]);
    return access;
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length) return null;
    throw e;
  }
}

/**
 * The transaction items that make the stay's code due for deletion now (a cancel, a revoked link): the stay's
 * access is marked (guests stop seeing the PIN at once) and its revocation record is due now. Conditional on the
 * access still being `codeId`; an upsert of the record, so a code issued before records existed gets one.
 */
export function revokeDueItems({
  buildingId,
  reservationId,
  codeId,
  at,
}: R & { codeId: string; at: string }) {
  return [
    tx.update(
      keys.reservation(buildingId, reservationId),
      {
        UpdateExpression: "SET #da.#rd = :at",
        ExpressionAttributeNames: { "#da": "doorAccess", "#rd": "revokeDueAt" },
        ExpressionAttributeValues: { ":at": at },
      },
      "#da.#cid = :cid",
      { ExpressionAttributeNames: { "#cid": "codeId" }, ExpressionAttributeValues: { ":cid": codeId } },
    ),
    tx.update(keys.doorRevocation(buildingId, reservationId), {
      UpdateExpression: "SET #b = :b, #r = :r, #cid = :cid, #due = :at",
      ExpressionAttributeNames: {
        "#b": "buildingId",
        "#r": "reservationId",
        "#cid": "codeId",
        "#due": "dueAt",
      },
      ExpressionAttributeValues: { ":b": buildingId, ":r": reservationId, ":cid": codeId, ":at": at },
    }),
  ];
}

/** Makes the stay's code due for deletion now; false when the stay holds no (or another) code. */
export async function markDoorAccessRevokeDue(input: R & { codeId: string; now?: Date }): Promise<boolean> {
  try {
    await transactWrite(revokeDueItems({ ...input, at: (input.now ?? new Date()).toISOString() }));
    return true;
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length) return false;
    throw e;
  }
}

/**
 * Releases the stay's door access once, when the code was deleted from every lock (only the holder of `codeId`
 * wins), and drops its revocation record with it.
 */
export async function releaseDoorAccess({ buildingId, reservationId, codeId }: R & { codeId: string }) {
  try {
    await transactWrite([
      tx.update(
        keys.reservation(buildingId, reservationId),
        {
          UpdateExpression: "SET #da = :null, #ua = :at",
          ExpressionAttributeNames: { "#da": "doorAccess", "#ua": "updatedAt" },
          ExpressionAttributeValues: { ":null": null, ":at": new Date().toISOString() },
        },
        "#da.#cid = :cid",
        { ExpressionAttributeNames: { "#cid": "codeId" }, ExpressionAttributeValues: { ":cid": codeId } },
      ),
      tx.delete(keys.doorRevocation(buildingId, reservationId), "attribute_not_exists(pk) OR #cid = :cid", {
        ExpressionAttributeNames: { "#cid": "codeId" },
        ExpressionAttributeValues: { ":cid": codeId },
      }),
    ]);
    return true;
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length) return null;
    throw e;
  }
}

/** A revocation record left behind by a stay that no longer holds that code (nothing is owed). */
export async function dropDoorRevocation({ buildingId, reservationId, codeId }: R & { codeId: string }) {
  try {
    await transactWrite([
      tx.delete(keys.doorRevocation(buildingId, reservationId), "#cid = :cid", {
        ExpressionAttributeNames: { "#cid": "codeId" },
        ExpressionAttributeValues: { ":cid": codeId },
      }),
    ]);
  } catch (e) {
    if (!(e instanceof TransactionRefused)) throw e;
  }
}

export function findDoorRevocation({ buildingId, reservationId }: R): Promise<DoorRevocation | null> {
  return findOne<DoorRevocation>(keys.doorRevocation(buildingId, reservationId));
}

/** The building's revocations due at `now` (the partition holds one per stay with a code; due ones filtered). */
export async function listDueDoorRevocations({
  buildingId,
  now,
  ...page
}: { buildingId: string; now: Date } & PageRequest) {
  return queryPage<DoorRevocation>({
    pk: keys.doorRevocationPartition(buildingId),
    filter: { expression: "#due <= :now", names: { "#due": "dueAt" }, values: { ":now": now.toISOString() } },
    ascending: true,
    ...page,
  });
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

/** Writes a stay's revocation record as is (bulk loads: the demo seed's codes issued without a claim). */
export async function putDoorRevocation(revocation: DoorRevocation): Promise<void> {
  await transactWrite([
    tx.put(toItem(revocation, keys.doorRevocation(revocation.buildingId, revocation.reservationId))),
  ]);
}
