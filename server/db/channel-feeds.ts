import "server-only";
import { DeleteCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { ChannelFeed, FeedEventRecord } from "@/lib/domain/channel-feed";
import { db, tableName } from "./client";
import { getRecord, stripKeys, toItem } from "./item";
import { keys, partitions } from "./keys";
import { queryAll, queryPage } from "./query";
import { hashToken } from "./token-hash";
import type { EntityKeys } from "./update";
import { isConditionalCheckFailed, type TransactItem, tx } from "./write";

type B = { buildingId: string };
type F = B & { feedId: string };

/** Every key and index attribute of a feed, from the record: puts and the lease's conditional put use this. */
export const channelFeedKeys = (f: ChannelFeed): EntityKeys => ({
  ...keys.channelFeed(f.buildingId, f.id),
  ...keys.channelFeedByUnit(f.buildingId, f.unitId, f.id),
  ...keys.channelFeedDue(f.nextPollAt, f.buildingId, f.id),
});
export const channelFeedItem = (f: ChannelFeed) => toItem(f, channelFeedKeys(f));

export const feedEventKey = (buildingId: string, feedId: string, uid: string) =>
  keys.channelFeedEvent(buildingId, feedId, hashToken(uid));
export const feedEventItem = (e: FeedEventRecord) => toItem(e, feedEventKey(e.buildingId, e.feedId, e.uid));

export async function createChannelFeed({ feed }: { feed: ChannelFeed }): Promise<ChannelFeed> {
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: channelFeedItem(feed),
      ConditionExpression: "attribute_not_exists(pk)",
    }),
  );
  return feed;
}

export async function findChannelFeed({ buildingId, feedId }: F): Promise<ChannelFeed | null> {
  return (await getRecord<ChannelFeed>(keys.channelFeed(buildingId, feedId))) ?? null;
}

/** A unit has a handful of feeds (one per channel, give or take): all of them, oldest first. */
export async function listChannelFeedsByUnit({ buildingId, unitId }: B & { unitId: string }) {
  const items = await queryAll<Record<string, unknown>>(
    { index: "gsi1", pk: keys.channelFeedByUnit(buildingId, unitId, "").gsi1pk },
    100,
  );
  return items.map((i) => stripKeys<ChannelFeed>(i));
}

/** Feeds whose next poll is due, across buildings, earliest first (the poller's one Query). */
export async function listDueChannelFeeds({ now, limit = 50 }: { now: Date; limit?: number }) {
  const page = await queryPage<Record<string, unknown>>({
    index: "gsi2",
    pk: partitions.channelFeedsDue(),
    sk: { lte: `${now.toISOString()}#\uffff` },
    limit,
  });
  return page.items.map((i) => stripKeys<ChannelFeed>(i));
}

/**
 * Writes the feed's new state only if nobody else wrote it since it was read (`version`): the lease a poller
 * takes and the result it writes are both this, so of two instances exactly one polls a feed, and a feed
 * deleted meanwhile is not brought back. Returns false when the feed changed or is gone.
 */
export async function replaceChannelFeed({
  feed,
  expectedVersion,
}: {
  feed: ChannelFeed;
  expectedVersion: number;
}) {
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: channelFeedItem({ ...feed, version: expectedVersion + 1 }),
        ConditionExpression: "attribute_exists(pk) AND #v = :v",
        ExpressionAttributeNames: { "#v": "version" },
        ExpressionAttributeValues: { ":v": expectedVersion },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

export async function deleteChannelFeed({ buildingId, feedId }: F) {
  await db().send(new DeleteCommand({ TableName: tableName(), Key: keys.channelFeed(buildingId, feedId) }));
}

/** Every event record of a feed (bounded by the feed's own size cap). */
export async function listFeedEvents({ buildingId, feedId }: F): Promise<FeedEventRecord[]> {
  const items = await queryAll<Record<string, unknown>>(
    { pk: keys.channelFeedEventPartition(buildingId, feedId) },
    5000,
  );
  return items.map((i) => stripKeys<FeedEventRecord>(i));
}

/** Transaction items for an event record: a new one (only if absent), a replacement, or its removal. */
export const feedEventTx = {
  create: (e: FeedEventRecord): TransactItem => tx.put(feedEventItem(e), "attribute_not_exists(pk)"),
  replace: (e: FeedEventRecord): TransactItem => tx.put(feedEventItem(e)),
  remove: (e: Pick<FeedEventRecord, "buildingId" | "feedId" | "uid">): TransactItem =>
    tx.delete(feedEventKey(e.buildingId, e.feedId, e.uid)),
};

export async function putFeedEvent(e: FeedEventRecord) {
  await db().send(new PutCommand({ TableName: tableName(), Item: feedEventItem(e) }));
}

export async function deleteFeedEvent(e: Pick<FeedEventRecord, "buildingId" | "feedId" | "uid">) {
  await db().send(
    new DeleteCommand({ TableName: tableName(), Key: feedEventKey(e.buildingId, e.feedId, e.uid) }),
  );
}
