import "server-only";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Announcement, AnnouncementReceipt, ReceiptFilter } from "@/lib/domain/announcement";
import { db, tableName } from "./client";
import { findOne, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** The one place an announcement's keys are computed (it has no index: the building lists them by prefix). */
export const announcementKeys = (a: Pick<Announcement, "buildingId" | "id">) =>
  keys.announcement(a.buildingId, a.id);
export const receiptKeys = (
  r: Pick<AnnouncementReceipt, "buildingId" | "announcementId" | "recipientId">,
) => ({
  ...keys.announcementReceipt(r.buildingId, r.announcementId, r.recipientId),
  ...keys.announcementReceiptByRecipient(r.buildingId, r.recipientId, r.announcementId),
});

/**
 * Stores the announcement (only if its id is new), then each recipient's copy (only if absent), 25 at a time.
 * A retry with the same id stores nothing twice.
 */
export async function createAnnouncement({
  announcement,
  receipts,
}: {
  announcement: Announcement;
  receipts: AnnouncementReceipt[];
}): Promise<void> {
  await putAbsent(toItem(announcement, announcementKeys(announcement)));
  for (let i = 0; i < receipts.length; i += 25) {
    await Promise.all(receipts.slice(i, i + 25).map((r) => putAbsent(toItem(stripNulls(r), receiptKeys(r)))));
  }
}

async function putAbsent(Item: Record<string, unknown>) {
  try {
    await db().send(
      new PutCommand({ TableName: tableName(), Item, ConditionExpression: "attribute_not_exists(pk)" }),
    );
  } catch (e) {
    if (!(e instanceof Error) || e.name !== "ConditionalCheckFailedException") throw e;
  }
}

/** readAt/acknowledgedAt are absent until set, so "not yet" is `attribute_not_exists` in the conditions. */
function stripNulls(r: AnnouncementReceipt) {
  const { readAt, acknowledgedAt, ...rest } = r;
  return { ...rest, ...(readAt ? { readAt } : {}), ...(acknowledgedAt ? { acknowledgedAt } : {}) };
}
const withNulls = (r: Partial<AnnouncementReceipt>): AnnouncementReceipt =>
  ({ ...r, readAt: r.readAt ?? null, acknowledgedAt: r.acknowledgedAt ?? null }) as AnnouncementReceipt;

export async function findAnnouncement({ buildingId, id }: B & { id: string }) {
  return findOne<Announcement>(keys.announcement(buildingId, id));
}

/** The building's announcements, newest first. */
export async function listAnnouncements({
  buildingId,
  ...page
}: B & PageRequest): Promise<Page<Announcement>> {
  return queryPage<Announcement>({
    pk: keys.buildingPartition(buildingId),
    sk: { beginsWith: keys.announcementPrefix },
    ascending: false,
    ...page,
  });
}

/** One person's (or guest's) announcements, newest first. */
export async function listReceiptsOf({
  buildingId,
  recipientId,
  ...page
}: B & { recipientId: string } & PageRequest): Promise<Page<AnnouncementReceipt>> {
  const p = await queryPage<AnnouncementReceipt>({
    index: "gsi1",
    pk: partitions.announcementsOf(buildingId, recipientId),
    ascending: false,
    ...page,
  });
  return { items: p.items.map(withNulls), cursor: p.cursor };
}

const RECEIPT_FILTER: Record<Exclude<ReceiptFilter, "all">, string> = {
  read: "attribute_exists(readAt)",
  unread: "attribute_not_exists(readAt)",
  acknowledged: "attribute_exists(acknowledgedAt)",
};

/**
 * The copies of one announcement (who it reached, who read and acknowledged it), by recipient id. With a
 * filter a page may come back short with a cursor (DynamoDB applies `Limit` before filtering).
 */
export async function listReceipts({
  buildingId,
  id,
  filter = "all",
  ...page
}: B & { id: string; filter?: ReceiptFilter } & PageRequest): Promise<Page<AnnouncementReceipt>> {
  const p = await queryPage<AnnouncementReceipt>({
    pk: partitions.announcementReceipts(buildingId, id),
    sk: { beginsWith: "RCPT#" },
    filter: filter === "all" ? undefined : { expression: RECEIPT_FILTER[filter] },
    ...page,
  });
  return { items: p.items.map(withNulls), cursor: p.cursor };
}

export async function findReceipt({ buildingId, id, recipientId }: B & { id: string; recipientId: string }) {
  const r = await findOne<AnnouncementReceipt>(keys.announcementReceipt(buildingId, id, recipientId));
  return r ? withNulls(r) : null;
}

/**
 * Sets the copy's `readAt` (or `acknowledgedAt`) the first time, and bumps the announcement's counter in the same
 * transaction: the counts are exact whatever the repeats and races. False when already set (or not a recipient).
 */
export async function markReceipt({
  buildingId,
  id,
  recipientId,
  field,
  at,
}: B & {
  id: string;
  recipientId: string;
  field: "readAt" | "acknowledgedAt";
  at: string;
}): Promise<boolean> {
  const counter = field === "readAt" ? "readCount" : "ackCount";
  try {
    await transactWrite([
      tx.update(
        keys.announcementReceipt(buildingId, id, recipientId),
        {
          UpdateExpression: "SET #f = :at",
          ExpressionAttributeNames: { "#f": field },
          ExpressionAttributeValues: { ":at": at },
        },
        "attribute_exists(pk) AND attribute_not_exists(#f)",
      ),
      tx.update(
        keys.announcement(buildingId, id),
        {
          UpdateExpression: "ADD #c :one",
          ExpressionAttributeNames: { "#c": counter },
          ExpressionAttributeValues: { ":one": 1 },
        },
        "attribute_exists(pk)",
      ),
    ]);
    return true;
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length) return false;
    throw e;
  }
}
