import "server-only";
import { DeleteCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "./client";
import { getRecord } from "./item";
import { keys } from "./keys";
import { TTL_ATTRIBUTE } from "./table-definition";
import { hashToken } from "./token-hash";
import { isConditionalCheckFailed } from "./write";

/**
 * Counters over a time window (sign-in failures, concierge messages), kept in the table so that every app
 * instance sees the same count: with N instances in memory, a client would get N times the budget. A window
 * starts with its first point and lasts `windowMs`; the item expires by TTL after it. The counted key (an email,
 * a client address, an actor) is stored only as its hash.
 */
export type RateWindow = { count: number; resetsAt: number };
type Stored = { count: number; resetsAt: number };

const keyOf = (scope: string, key: string) => keys.rateWindow(scope, hashToken(key));

/** The window now running for the key, or null when none is (never counted, or over). */
export async function readRateWindow(
  scope: string,
  key: string,
  now = Date.now(),
): Promise<RateWindow | null> {
  const item = await getRecord<Stored>(keyOf(scope, key));
  return item && item.resetsAt > now ? { count: item.count, resetsAt: item.resetsAt } : null;
}

/**
 * Adds `points` to the key's window, starting one if none is running. With `max`, the add is refused (null,
 * nothing counted) when it would take the window over `max`: one conditional write decides, so concurrent
 * requests on any instance can never let more than `max` through.
 */
export async function addToRateWindow({
  scope,
  key,
  windowMs,
  max,
  points = 1,
  now = Date.now(),
}: {
  scope: string;
  key: string;
  windowMs: number;
  max?: number;
  points?: number;
  now?: number;
}): Promise<RateWindow | null> {
  if (max !== undefined && points > max) return null;
  const Key = keyOf(scope, key);
  for (let attempt = 0; attempt < 4; attempt++) {
    // the running window: add to it (if there is room)
    try {
      const out = await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key,
          UpdateExpression: "ADD #c :p",
          ConditionExpression: max === undefined ? "#r > :now" : "#r > :now AND #c <= :room",
          ExpressionAttributeNames: { "#c": "count", "#r": "resetsAt" },
          ExpressionAttributeValues: {
            ":p": points,
            ":now": now,
            ...(max === undefined ? {} : { ":room": max - points }),
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      const item = out.Attributes as Stored;
      return { count: item.count, resetsAt: item.resetsAt };
    } catch (e) {
      if (!isConditionalCheckFailed(e)) throw e;
    }
    // no running window (none yet, or over): start one, unless another request just did
    const resetsAt = now + windowMs;
    try {
      await db().send(
        new PutCommand({
          TableName: tableName(),
          Item: { ...Key, count: points, resetsAt, [TTL_ATTRIBUTE]: Math.ceil(resetsAt / 1000) + 60 },
          ConditionExpression: "attribute_not_exists(pk) OR #r <= :now",
          ExpressionAttributeNames: { "#r": "resetsAt" },
          ExpressionAttributeValues: { ":now": now },
        }),
      );
      return { count: points, resetsAt };
    } catch (e) {
      if (!isConditionalCheckFailed(e)) throw e;
    }
    // a window is running: the update failed because it is full, or it started between our two writes
    const running = await readRateWindow(scope, key, now);
    if (running && max !== undefined && running.count + points > max) return null;
  }
  throw new Error("rate window: too much contention on one key");
}

/** Ends the key's window (a successful sign-in forgets the account's failures). */
export async function clearRateWindow(scope: string, key: string): Promise<void> {
  await db().send(new DeleteCommand({ TableName: tableName(), Key: keyOf(scope, key) }));
}

/**
 * Gives back points counted by addToRateWindow (a sign-in that turned out right should not use up its client's
 * budget). Only inside the window still running and never below zero; a window already over is left alone.
 */
export async function releaseFromRateWindow({
  scope,
  key,
  points = 1,
  now = Date.now(),
}: {
  scope: string;
  key: string;
  points?: number;
  now?: number;
}): Promise<void> {
  try {
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keyOf(scope, key),
        UpdateExpression: "ADD #c :neg",
        ConditionExpression: "#r > :now AND #c >= :p",
        ExpressionAttributeNames: { "#c": "count", "#r": "resetsAt" },
        ExpressionAttributeValues: { ":neg": -points, ":p": points, ":now": now },
      }),
    );
  } catch (e) {
    if (!isConditionalCheckFailed(e)) throw e;
  }
}

/**
 * A counter with a progressive delay instead of a hard stop: the first `free` points pass at once; from then on
 * each point must wait until `nextAt`, which the previous point pushed to now + baseMs * 2^(count - free), capped
 * at capMs. The counter is forgotten after `quietMs` without a point (each point pushes that end back).
 */
export type Backoff = { count: number; nextAt: number; resetsAt: number };
export type BackoffRule = { free: number; baseMs: number; capMs: number; quietMs: number };

export const backoffDelay = (count: number, rule: BackoffRule) =>
  count < rule.free ? 0 : Math.min(rule.capMs, rule.baseMs * 2 ** (count - rule.free));

export async function readBackoff(scope: string, key: string, now = Date.now()): Promise<Backoff | null> {
  const item = await getRecord<Backoff>(keyOf(scope, key));
  return item && item.resetsAt > now
    ? { count: item.count, nextAt: item.nextAt ?? 0, resetsAt: item.resetsAt }
    : null;
}

/**
 * Takes the next point if its time has come: `{ ok: true }` with the new count, or `{ ok: false, retryMs }`.
 * Read, decide, then write on the condition that the counter is still what was read: of concurrent requests on
 * any instance exactly one takes each point, the rest read again and find the new `nextAt`. Under heavy
 * contention it refuses (fails closed) rather than spin.
 */
export async function takeBackoffPoint({
  scope,
  key,
  rule,
  now = Date.now(),
}: {
  scope: string;
  key: string;
  rule: BackoffRule;
  now?: number;
}): Promise<{ ok: true; count: number } | { ok: false; retryMs: number }> {
  const Key = keyOf(scope, key);
  for (let attempt = 0; attempt < 6; attempt++) {
    const cur = await readBackoff(scope, key, now);
    if (cur && cur.nextAt > now) return { ok: false, retryMs: cur.nextAt - now };
    const count = (cur?.count ?? 0) + 1;
    const resetsAt = now + rule.quietMs;
    const delay = backoffDelay(count, rule);
    try {
      await db().send(
        new PutCommand({
          TableName: tableName(),
          Item: {
            ...Key,
            count,
            nextAt: delay ? now + delay : 0,
            resetsAt,
            [TTL_ATTRIBUTE]: Math.ceil(resetsAt / 1000) + 60,
          },
          ...(cur
            ? {
                ConditionExpression: "#c = :seen AND #r > :now",
                ExpressionAttributeValues: { ":seen": cur.count, ":now": now },
              }
            : {
                ConditionExpression: "attribute_not_exists(pk) OR #r <= :now",
                ExpressionAttributeValues: { ":now": now },
              }),
          ExpressionAttributeNames: cur ? { "#c": "count", "#r": "resetsAt" } : { "#r": "resetsAt" },
        }),
      );
      return { ok: true, count };
    } catch (e) {
      if (!isConditionalCheckFailed(e)) throw e;
    }
  }
  return { ok: false, retryMs: rule.baseMs };
}
