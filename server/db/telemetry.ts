import "server-only";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Reading } from "@/lib/domain/telemetry";
import { db, tableName } from "./client";
import { keys } from "./keys";
import { queryAll } from "./query";
import { TTL_ATTRIBUTE } from "./table-definition";
import { isConditionalCheckFailed } from "./write";

type Where = { buildingId: string; deviceId: string };

/** `YYYY-MM-DDTHH` (UTC) of an ISO timestamp: the hour item a reading belongs to. */
export const hourOf = (iso: string) => new Date(iso).toISOString().slice(0, 13);

/**
 * Readings one hour item holds at most (one every 5 s): keeps the item far below DynamoDB's 400 KB, whatever a
 * chatty device sends. Further readings of that hour are dropped (counted by the caller).
 */
export const MAX_READINGS_PER_HOUR = 720;

/** Epoch seconds at which an hour's readings expire: the end of the hour plus the building's retention. */
export function telemetryTtl(at: string, retentionDays: number): number {
  const hourStart = Date.parse(`${hourOf(at)}:00:00Z`);
  return Math.floor(hourStart / 1000) + 3600 + retentionDays * 86_400;
}

/**
 * Stores one telemetry event in its hour item: the readings are appended and the event id added to the item's
 * set in one conditional update, refused when the id is already there. A QoS 1 redelivery, or a second instance
 * hearing the same event, stores nothing (exactly once per event id: an event's `ts`, part of its payload, puts
 * every delivery of it in the same hour item). Returns false when refused (duplicate, or the hour is full).
 */
export async function storeReadings({
  buildingId,
  deviceId,
  eventId,
  at,
  values,
  retentionDays,
}: Where & { eventId: string; at: string; values: Record<string, number>; retentionDays: number }) {
  const hour = hourOf(at);
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.telemetryHour(buildingId, deviceId, hour),
        UpdateExpression:
          "SET #r = list_append(if_not_exists(#r, :empty), :one), #ttl = :ttl, #hour = :hour, #dev = :dev ADD #ids :id, #n :inc",
        ConditionExpression:
          "(attribute_not_exists(#ids) OR NOT contains(#ids, :eid)) AND (attribute_not_exists(#n) OR #n < :cap)",
        ExpressionAttributeNames: {
          "#r": "readings",
          "#ttl": TTL_ATTRIBUTE,
          "#hour": "hour",
          "#dev": "deviceId",
          "#ids": "eventIds",
          "#n": "count",
        },
        ExpressionAttributeValues: {
          ":empty": [],
          ":one": [{ at: new Date(at).toISOString(), values }],
          ":ttl": telemetryTtl(at, retentionDays),
          ":hour": hour,
          ":dev": deviceId,
          ":id": new Set([eventId]),
          ":eid": eventId,
          ":inc": 1,
          ":cap": MAX_READINGS_PER_HOUR,
        },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

/** Every reading of a device between two instants, oldest hour first (30 days: at most 720 hour items). */
export async function listReadings({ buildingId, deviceId, from, to }: Where & { from: Date; to: Date }) {
  const items = await queryAll<{ readings?: Reading[] }>(
    {
      pk: keys.telemetryPartition(buildingId, deviceId),
      sk: { between: [`H#${hourOf(from.toISOString())}`, `H#${hourOf(to.toISOString())}`] },
    },
    24 * 31,
  );
  return items.flatMap((i) => i.readings ?? []);
}
