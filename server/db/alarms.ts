import "server-only";
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Alarm, AlarmCause, AlarmStatus } from "@/lib/domain/alarm";
import { notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import { syncAlarmEntry } from "./home-summaries";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { buildUpdate, isConditionalCheckFailed, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** The one place an alarm's key and index attributes are computed, for puts and updates alike. */
export function alarmKeys(a: Alarm) {
  return {
    ...keys.alarm(a.buildingId, a.id),
    ...keys.alarmByStatus(a.buildingId, a.status, a.startedAt, a.id),
    ...keys.alarmByUnit(a.buildingId, a.unitId, a.startedAt, a.id),
    ...keys.alarmByDevice(a.buildingId, a.deviceId, a.startedAt, a.id),
  };
}

/**
 * Opens `alarm` unless one is already open for its device and cause. The "open" marker (`ALARMOPEN#cause` in
 * the device's partition) and the alarm are put in one transaction, the marker only if absent: with several
 * instances hearing the same device, exactly one creates the alarm. Returns the open alarm's id when it lost, or
 * `duplicate` when this very event already opened an alarm (since cleared).
 */
export async function openAlarm({
  alarm,
  eventId,
}: {
  alarm: Alarm;
  eventId: string;
}): Promise<{ created: true } | { openId: string } | { duplicate: true }> {
  const a = alarm;
  try {
    await transactWrite([
      tx.put(
        { ...keys.openAlarm(a.buildingId, a.deviceId, a.cause), alarmId: a.id },
        "attribute_not_exists(pk)",
      ),
      tx.put(toItem(a, alarmKeys(a)), "attribute_not_exists(pk)"),
      tx.put(eventMarker(a.buildingId, a.deviceId, eventId), "attribute_not_exists(pk)"),
    ]);
  } catch (e) {
    if (!(e instanceof TransactionRefused) || !e.failedConditions.length) throw e;
    if (!e.failedConditions.includes(0)) return { duplicate: true };
    const openId = await findOpenAlarmId({ buildingId: a.buildingId, deviceId: a.deviceId, cause: a.cause });
    // the open alarm was cleared between our put and this read: the caller tries again
    return { openId: openId ?? "" };
  }
  // the open alarms summary the staff home reads (issue 19)
  await syncAlarmEntry(a);
  return { created: true };
}

export async function findOpenAlarmId({
  buildingId,
  deviceId,
  cause,
}: B & { deviceId: string; cause: AlarmCause }): Promise<string | null> {
  const out = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.openAlarm(buildingId, deviceId, cause),
      ConsistentRead: true,
    }),
  );
  return (out.Item?.alarmId as string | undefined) ?? null;
}

/** How long a counted event id is remembered (redeliveries come within minutes). */
const EVENT_MEMORY_SECONDS = 24 * 3600;
const eventMarker = (buildingId: string, deviceId: string, eventId: string) => ({
  ...keys.alarmEvent(buildingId, deviceId, eventId),
  ttl: Math.floor(Date.now() / 1000) + EVENT_MEMORY_SECONDS,
});

/**
 * A repeat of an open alarm: bumps `count` once per device event id (the event's marker is put in the same
 * transaction, only if absent, so a QoS 1 redelivery or another instance hearing the same event changes
 * nothing) and `lastSeenAt`, in the same transaction (never backwards: a repeat older than the last one seen is
 * counted without moving it), so a device's clear dated before this repeat can tell it came after (saveAlarmStatus).
 * Returns the alarm after the update, or null when it is no longer open (cleared meanwhile) or this event was
 * already counted.
 */
export async function touchAlarm({
  buildingId,
  deviceId,
  alarmId,
  at,
  eventId,
  value,
}: B & {
  deviceId: string;
  alarmId: string;
  at: string;
  eventId: string;
  value: number | null;
}): Promise<Alarm | null> {
  for (const newest of [true, false]) {
    try {
      await transactWrite([
        tx.put(eventMarker(buildingId, deviceId, eventId), "attribute_not_exists(pk)"),
        tx.update(
          keys.alarm(buildingId, alarmId),
          {
            UpdateExpression: newest
              ? "SET #value = :value, #seen = :at ADD #count :one"
              : "SET #value = :value ADD #count :one",
            ExpressionAttributeNames: {
              "#value": "value",
              "#count": "count",
              "#status": "status",
              ...(newest ? { "#seen": "lastSeenAt" } : {}),
            },
            ExpressionAttributeValues: {
              ":value": value,
              ":one": 1,
              ":cleared": "cleared",
              ...(newest ? { ":at": at } : {}),
            },
          },
          `attribute_exists(pk) AND #status <> :cleared${newest ? " AND #seen < :at" : ""}`,
        ),
      ]);
      return findAlarm({ buildingId, alarmId });
    } catch (e) {
      if (!(e instanceof TransactionRefused && e.failedConditions.length)) throw e;
      // only the alarm refused, with lastSeenAt in the condition: an older repeat (or cleared: refused again)
      if (newest && e.failedConditions.every((i) => i === 1)) continue;
      return null;
    }
  }
  return null;
}

/**
 * Moves an alarm from `from` to `next` (acknowledge, clear), re-deriving its index keys from the new record.
 * Conditional on the status it was read with: two people acting at once, one wins and the other gets false.
 * Clearing also deletes the "open" marker, in the same transaction, so the next occurrence is a new alarm.
 */
export async function saveAlarmStatus({
  from,
  next,
  withMarker = true,
  notSeenAfter,
}: {
  from: AlarmStatus;
  next: Alarm;
  /** internal: false when the marker already points at another alarm (or is gone) */
  withMarker?: boolean;
  /** a device's clear, dated: refused (false) when the alarm has counted a repeat dated after it */
  notSeenAfter?: string;
}): Promise<boolean> {
  const { pk, sk, ...indexKeys } = alarmKeys(next);
  // only what a status change changes: a repeat counted meanwhile (count, lastSeenAt) is kept
  const update = buildUpdate({
    status: next.status,
    acknowledgedBy: next.acknowledgedBy,
    acknowledgedAt: next.acknowledgedAt,
    acknowledgeNote: next.acknowledgeNote,
    clearedBy: next.clearedBy,
    clearedAt: next.clearedAt,
    clearNote: next.clearNote,
    ...indexKeys,
  });
  const cond: {
    ExpressionAttributeNames: Record<string, string>;
    ExpressionAttributeValues: Record<string, string>;
  } = {
    ExpressionAttributeNames: { "#st": "status", ...(notSeenAfter ? { "#seen": "lastSeenAt" } : {}) },
    ExpressionAttributeValues: { ":from": from, ...(notSeenAfter ? { ":clearAt": notSeenAfter } : {}) },
  };
  const condition = `attribute_exists(pk) AND #st = :from${notSeenAfter ? " AND #seen <= :clearAt" : ""}`;
  const items = [tx.update({ pk, sk }, update, condition, cond)];
  if (next.status === "cleared" && withMarker) {
    items.push(
      tx.delete(keys.openAlarm(next.buildingId, next.deviceId, next.cause), "#aid = :aid", {
        ExpressionAttributeNames: { "#aid": "alarmId" },
        ExpressionAttributeValues: { ":aid": next.id },
      }),
    );
  }
  try {
    await transactWrite(items);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length) {
      // the marker already points elsewhere (or is gone): clear the alarm alone
      if (e.failedConditions.every((i) => i === 1))
        return saveAlarmStatus({ from, next, withMarker: false, notSeenAfter });
      return false;
    }
    throw e;
  }
  await syncAlarmEntry(next);
  return true;
}

/** Claims the right to run the building's rules for an alarm: true for exactly one caller, ever. */
export async function claimAlarmRules({ buildingId, alarmId, at }: B & { alarmId: string; at: string }) {
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.alarm(buildingId, alarmId),
        UpdateExpression: "SET #fired = :at",
        ConditionExpression: "attribute_exists(pk) AND (attribute_not_exists(#fired) OR #fired = :null)",
        ExpressionAttributeNames: { "#fired": "rulesFiredAt" },
        ExpressionAttributeValues: { ":at": at, ":null": null },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

/** Records what the rules did (ticket, mission). */
export async function setAlarmOutcome({
  buildingId,
  alarmId,
  ticketId,
  missionId,
}: B & { alarmId: string; ticketId: string | null; missionId: string | null }) {
  const u = buildUpdate({ ticketId, missionId });
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.alarm(buildingId, alarmId),
      ConditionExpression: "attribute_exists(pk)",
      ...u,
    }),
  );
}

export async function findAlarm({ buildingId, alarmId }: B & { alarmId: string }): Promise<Alarm | null> {
  return (await getRecord<Alarm>(keys.alarm(buildingId, alarmId)).then((a) => (a ? strip(a) : null))) ?? null;
}

export async function getAlarm(input: B & { alarmId: string }): Promise<Alarm> {
  const a = await findAlarm(input);
  if (!a) throw notFound("Alarm");
  return a;
}

/** Newest first. */
export async function listAlarmsByStatus({
  buildingId,
  status,
  ...page
}: B & { status: AlarmStatus } & PageRequest): Promise<Page<Alarm>> {
  const p = await queryPage<Record<string, unknown>>({
    index: "gsi1",
    pk: partitions.alarmsByStatus(buildingId, status),
    ascending: false,
    ...page,
  });
  return cleanPage(p);
}

/**
 * Newest first; with `status`, only those (a filter: a page may come back short with a cursor, as DynamoDB
 * applies `Limit` before filtering).
 */
export async function listAlarmsByUnit({
  buildingId,
  unitId,
  status,
  ...page
}: B & { unitId: string | null; status?: AlarmStatus } & PageRequest): Promise<Page<Alarm>> {
  const p = await queryPage<Record<string, unknown>>({
    index: "gsi2",
    pk: partitions.alarmsByUnit(buildingId, unitId),
    ascending: false,
    filter: status
      ? { expression: "#st = :st", names: { "#st": "status" }, values: { ":st": status } }
      : undefined,
    ...page,
  });
  return cleanPage(p);
}

export async function listAlarmsByDevice({
  buildingId,
  deviceId,
  ...page
}: B & { deviceId: string } & PageRequest): Promise<Page<Alarm>> {
  const p = await queryPage<Record<string, unknown>>({
    index: "gsi3",
    pk: partitions.alarmsByDevice(buildingId, deviceId),
    ascending: false,
    ...page,
  });
  return cleanPage(p);
}

/** Internal bookkeeping attributes never leave server/db. */
function strip(a: Alarm & { lastEventId?: unknown }): Alarm {
  const { lastEventId: _l, ...rest } = a;
  const out = { ...rest } as Record<string, unknown>;
  for (const k of ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"]) delete out[k];
  return out as Alarm;
}
const cleanPage = (p: Page<Record<string, unknown>>): Page<Alarm> => ({
  items: p.items.map((i) => strip(i as Alarm)),
  cursor: p.cursor,
});
