import "server-only";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "./client";
import { findOne, toItem } from "./item";
import { keys, partitions } from "./keys";
import { queryAll } from "./query";
import { isConditionalCheckFailed, TransactionRefused, transactWrite, tx } from "./write";

/** A person's browser that receives web push: the endpoint its push service gave and the keys to encrypt for it. */
export type PushSubscriptionRecord = {
  /** a hash of the endpoint: the same browser subscribing again is the same item */
  id: string;
  buildingId: string;
  userId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  /** what the person sees in the list of their devices (the browser and system, from its user agent) */
  label: string;
  createdAt: string;
};

type U = { buildingId: string; userId: string };
type Owner = U & { id: string };

const MAX_PER_PERSON = 10;

/** The person's devices, oldest first (bounded: at most 10 are kept per person). */
export async function listPushSubscriptions({ buildingId, userId }: U): Promise<PushSubscriptionRecord[]> {
  return queryAll<PushSubscriptionRecord>(
    { pk: partitions.user(buildingId, userId), sk: { beginsWith: keys.pushSubscriptionPrefix } },
    50,
  );
}

/**
 * Stores a browser's subscription for a person. A browser belongs to one person at a time: when someone else
 * signs in on it and subscribes, the other person's copy is deleted in the same transaction (conditioned on the
 * endpoint's owner being the one read, so two racing sign-ins end with one owner). Past 10 devices, the oldest
 * of the person's others is removed.
 */
export async function savePushSubscription(sub: PushSubscriptionRecord): Promise<PushSubscriptionRecord> {
  for (let attempt = 1; ; attempt++) {
    const owner = await findOne<Owner>(keys.pushEndpoint(sub.id));
    const lookup = keys.pushEndpoint(sub.id);
    const ownerCondition = owner
      ? {
          expr: "buildingId = :ob AND userId = :ou",
          values: { ":ob": owner.buildingId, ":ou": owner.userId },
        }
      : { expr: "attribute_not_exists(pk)", values: undefined };
    const items = [
      tx.put(
        toItem({ id: sub.id, buildingId: sub.buildingId, userId: sub.userId }, lookup),
        ownerCondition.expr,
        ownerCondition.values ? { ExpressionAttributeValues: ownerCondition.values } : {},
      ),
      tx.put(toItem(sub, keys.pushSubscription(sub.buildingId, sub.userId, sub.id))),
    ];
    const previous =
      owner && (owner.buildingId !== sub.buildingId || owner.userId !== sub.userId) ? owner : null;
    if (previous) items.push(tx.delete(keys.pushSubscription(previous.buildingId, previous.userId, sub.id)));
    try {
      await transactWrite(items);
      break;
    } catch (e) {
      if (!(e instanceof TransactionRefused) || attempt >= 3) throw e;
    }
  }
  const mine = await listPushSubscriptions(sub);
  const others = mine.filter((s) => s.id !== sub.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const old of others.slice(0, Math.max(0, mine.length - MAX_PER_PERSON)))
    await deletePushSubscription({ buildingId: old.buildingId, userId: old.userId, id: old.id });
  return sub;
}

/** Deletes one of a person's devices (and the endpoint's lookup, while it still names this person). */
export async function deletePushSubscription({ buildingId, userId, id }: Owner): Promise<boolean> {
  const res = await db().send(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.pushSubscription(buildingId, userId, id),
      ReturnValues: "ALL_OLD",
    }),
  );
  try {
    await db().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keys.pushEndpoint(id),
        ConditionExpression: "buildingId = :b AND userId = :u",
        ExpressionAttributeValues: { ":b": buildingId, ":u": userId },
      }),
    );
  } catch (e) {
    if (!isConditionalCheckFailed(e)) throw e;
  }
  return Boolean(res.Attributes);
}
