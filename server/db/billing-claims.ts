import "server-only";
import { findOne } from "./item";
import { keys } from "./keys";
import { putIfAbsent } from "./write";

type B = { buildingId: string };
const DAY = 86_400;
/** Claims are kept a while for the record, then DynamoDB's TTL removes them. */
const ttlIn = (days: number, now: Date) => Math.floor(now.getTime() / 1000) + days * DAY;

/** Records a card-provider event as handled; false when it was already (a replay). */
export async function claimCardEvent({
  buildingId,
  eventId,
  paymentId,
  now = new Date(),
}: B & { eventId: string; paymentId: string | null; now?: Date }): Promise<boolean> {
  return putIfAbsent({
    ...keys.cardEvent(buildingId, eventId),
    buildingId,
    eventId,
    paymentId,
    receivedAt: now.toISOString(),
    ttl: ttlIn(400, now),
  });
}

export async function findCardEvent({ buildingId, eventId }: B & { eventId: string }) {
  return findOne<{ eventId: string; paymentId: string | null; receivedAt: string }>(
    keys.cardEvent(buildingId, eventId),
  );
}

/** Claims one reminder step of a bill: true for the one caller that wrote it, false for every other. */
export async function claimBillReminder({
  buildingId,
  billId,
  step,
  now = new Date(),
}: B & { billId: string; step: number; now?: Date }): Promise<boolean> {
  return putIfAbsent({
    ...keys.billReminder(buildingId, billId, step),
    buildingId,
    billId,
    step,
    claimedAt: now.toISOString(),
    ttl: ttlIn(400, now),
  });
}

/** Claims a daily job for the building's date: true for the one instance that wrote it. */
export async function claimDailyJob({
  buildingId,
  job,
  day,
  now = new Date(),
}: B & { job: string; day: string; now?: Date }): Promise<boolean> {
  return putIfAbsent({
    ...keys.dailyJob(buildingId, job, day),
    buildingId,
    job,
    day,
    claimedAt: now.toISOString(),
    ttl: ttlIn(30, now),
  });
}
