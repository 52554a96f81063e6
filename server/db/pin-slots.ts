import "server-only";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { conflict } from "@/lib/errors";
import { db, tableName } from "./client";
import { findOne } from "./item";
import { keys, partitions } from "./keys";
import { queryAll } from "./query";
import { isConditionalCheckFailed, putIfAbsent } from "./write";

type D = { buildingId: string; deviceId: string };
export type PinSlot = { slot: number; codeId: string; takenAt: string };

const slotItem = (d: D, s: PinSlot) => ({ ...keys.pinSlot(d.buildingId, d.deviceId, s.slot), ...s });

/** The slots a lock has given out, in slot order. */
export async function listPinSlots({ buildingId, deviceId }: D): Promise<PinSlot[]> {
  return queryAll<PinSlot>({
    pk: partitions.device(buildingId, deviceId),
    sk: { beginsWith: keys.pinSlotPrefix },
  });
}

/** Who holds a slot (the keypad reports the slot; the access log needs the code and its holder), or null. */
export async function findPinSlot({
  buildingId,
  deviceId,
  slot,
}: D & { slot: number }): Promise<PinSlot | null> {
  return findOne<PinSlot>(keys.pinSlot(buildingId, deviceId, slot));
}

/**
 * Gives `codeId` a user slot on the lock: its own if it already has one (asking again is harmless), else the
 * lowest free slot from `first` to `last`, taken with a conditional put, so two codes never share a slot
 * (a writer that loses a slot to another moves on to the next). A slot freed by a deleted code is reused. A full
 * lock is a 409 `pin_slots_full`.
 */
export async function allocatePinSlot({
  buildingId,
  deviceId,
  codeId,
  last,
  first = 1,
}: D & { codeId: string; last: number; first?: number }): Promise<number> {
  for (let round = 0; round < 3; round++) {
    const taken = await listPinSlots({ buildingId, deviceId });
    const mine = taken.find((s) => s.codeId === codeId);
    if (mine) return mine.slot;
    const used = new Set(taken.map((s) => s.slot));
    for (let slot = first; slot <= last; slot++) {
      if (used.has(slot)) continue;
      const s = { slot, codeId, takenAt: new Date().toISOString() };
      if (await putIfAbsent(slotItem({ buildingId, deviceId }, s))) return slot;
    }
  }
  throw conflict(`All ${last - first + 1} PIN slots of this lock are in use.`, {
    reason: "pin_slots_full",
    slots: last - first + 1,
  });
}

/** Frees the code's slot (only while the code still holds it); true when one was freed. */
export async function freePinSlot({
  buildingId,
  deviceId,
  codeId,
}: D & { codeId: string }): Promise<boolean> {
  const mine = (await listPinSlots({ buildingId, deviceId })).find((s) => s.codeId === codeId);
  if (!mine) return false;
  try {
    await db().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keys.pinSlot(buildingId, deviceId, mine.slot),
        ConditionExpression: "codeId = :c",
        ExpressionAttributeValues: { ":c": codeId },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}
