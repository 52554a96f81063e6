import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "@/server/db/client";
import { keys } from "@/server/db/keys";
import { isConditionalCheckFailed } from "@/server/db/write";
import type { ScaleSizes } from "./options";

/** Raise when the scale data changes shape: an older marker then no longer counts as seeded. */
export const SCALE_SEED_VERSION = 1;
export const SCALE_MARKER = keys.seedMarker("SCALE");

export type ScaleMarker = {
  status: "seeding" | "done";
  version: number;
  sizes: ScaleSizes;
  items?: number;
  startedAt: string;
  finishedAt?: string;
};

/**
 * Claims the building for this run: only when no marker exists (or one of an older version). A "seeding" marker
 * left by a run that died is not taken over: its half-written data came from another day's dates, so the way
 * out is `--reset`, which deletes the building and the marker.
 */
export async function claimScaleMarker(sizes: ScaleSizes, now: Date): Promise<boolean> {
  const marker: ScaleMarker = {
    status: "seeding",
    version: SCALE_SEED_VERSION,
    sizes,
    startedAt: now.toISOString(),
  };
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...SCALE_MARKER, ...marker },
        ConditionExpression: "attribute_not_exists(pk) OR version < :v",
        ExpressionAttributeValues: { ":v": SCALE_SEED_VERSION },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

export async function readScaleMarker(): Promise<ScaleMarker | undefined> {
  const out = await db().send(
    new GetCommand({ TableName: tableName(), Key: SCALE_MARKER, ConsistentRead: true }),
  );
  return out.Item as ScaleMarker | undefined;
}

export async function finishScaleMarker(items: number): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: SCALE_MARKER,
      UpdateExpression: "SET #st = :done, finishedAt = :at, #items = :items",
      ExpressionAttributeNames: { "#st": "status", "#items": "items" },
      ExpressionAttributeValues: { ":done": "done", ":at": new Date().toISOString(), ":items": items },
    }),
  );
}
