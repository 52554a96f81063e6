import "server-only";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type { DoorCode, DoorCodeStatus } from "@/lib/domain/device";
import { conflict, notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { putIfAbsent } from "./write";

type D = { buildingId: string; deviceId: string };

/** Door codes live in the lock's own partition (`BLD#b#DEVICE#d`, `CODE#id`) beside its commands. */
export async function createDoorCode({ code }: { code: DoorCode }): Promise<DoorCode> {
  const created = await putIfAbsent(toItem(code, keys.doorCode(code.buildingId, code.deviceId, code.id)));
  if (!created) throw conflict(`Door code ${code.id} already exists.`);
  return code;
}

export async function getDoorCode({
  buildingId,
  deviceId,
  codeId,
}: D & { codeId: string }): Promise<DoorCode> {
  const c = await getRecord<DoorCode>(keys.doorCode(buildingId, deviceId, codeId));
  if (!c) throw notFound("Door code");
  return c;
}

export async function listDoorCodes({ buildingId, deviceId, ...page }: D & PageRequest) {
  return queryPage<DoorCode>({
    pk: partitions.device(buildingId, deviceId),
    sk: { beginsWith: keys.doorCodePrefix },
    ...page,
  });
}

export async function setDoorCodeStatus({
  buildingId,
  deviceId,
  codeId,
  status,
}: D & { codeId: string; status: DoorCodeStatus }) {
  return updateRecord<DoorCode>({
    key: keys.doorCode(buildingId, deviceId, codeId),
    set: { status, updatedAt: new Date().toISOString() },
    what: "Door code",
  });
}

export async function deleteDoorCode({
  buildingId,
  deviceId,
  codeId,
}: D & { codeId: string }): Promise<void> {
  await db().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.doorCode(buildingId, deviceId, codeId) }),
  );
}

/** Records on one lock's code that its removal was asked (first time only; the code stays until acknowledged). */
export async function markDoorCodeRemovalRequested({
  buildingId,
  deviceId,
  codeId,
  at,
}: D & { codeId: string; at: string }) {
  return updateRecord<DoorCode>({
    key: keys.doorCode(buildingId, deviceId, codeId),
    set: { removalRequestedAt: at, updatedAt: new Date().toISOString() },
    what: "Door code",
  });
}

/** A delete_code that did not take: the code stays on the lock (still owed), with how the attempt ended. */
export async function setDoorCodeDeleteOutcome({
  buildingId,
  deviceId,
  codeId,
  outcome,
}: D & { codeId: string; outcome: string }) {
  return updateRecord<DoorCode>({
    key: keys.doorCode(buildingId, deviceId, codeId),
    set: { lastDeleteOutcome: outcome, updatedAt: new Date().toISOString() },
    what: "Door code",
  });
}
