import "server-only";
import { findOne, getRecord, toItem } from "./item";
import { keys } from "./keys";
import { type TransactItem, transactWrite, tx } from "./write";

type B = { buildingId: string };
/** The unit's current feed secret (hash only) and the global lookup that finds the unit from it. */
export type IcalFeed = {
  buildingId: string;
  unitId: string;
  tokenHash: string;
  createdAt: string;
  createdBy: string;
};
export type IcalFeedLookup = { buildingId: string; unitId: string };

export function findIcalFeed({ buildingId, unitId }: B & { unitId: string }): Promise<IcalFeed | null> {
  return findOne<IcalFeed>(keys.icalFeed(buildingId, unitId));
}

/**
 * Issues a unit's feed secret in one transaction: the unit's feed item and the new lookup in, the old lookup
 * out, so the previous URL stops working the moment the new one exists.
 */
export async function replaceIcalFeed({ feed }: { feed: IcalFeed }): Promise<IcalFeed> {
  const old = await findIcalFeed(feed);
  const lookup: IcalFeedLookup = { buildingId: feed.buildingId, unitId: feed.unitId };
  const items: TransactItem[] = [
    tx.put(toItem(feed, keys.icalFeed(feed.buildingId, feed.unitId))),
    tx.put(toItem(lookup, keys.icalFeedLookup(feed.tokenHash)), "attribute_not_exists(pk)"),
  ];
  if (old && old.tokenHash !== feed.tokenHash) items.push(tx.delete(keys.icalFeedLookup(old.tokenHash)));
  await transactWrite(items);
  return feed;
}

/** Null for an unknown or replaced secret: the feed answers the same 404 for both. */
export async function findIcalFeedByTokenHash({
  tokenHash,
}: {
  tokenHash: string;
}): Promise<IcalFeedLookup | null> {
  return (await getRecord<IcalFeedLookup>(keys.icalFeedLookup(tokenHash))) ?? null;
}
