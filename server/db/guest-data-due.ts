import "server-only";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "./client";
import { keys, partitions } from "./keys";
import { type PageRequest, queryPage } from "./query";

export type GuestDataDue = { buildingId: string; reservationId: string; day: string };

/** Cancelled stays of a building cancelled on or before `through` (YYYY-MM-DD), oldest first. */
export function listGuestDataDue({
  buildingId,
  through,
  ...page
}: { buildingId: string; through: string } & PageRequest) {
  return queryPage<GuestDataDue>({
    pk: partitions.guestDataDue(buildingId),
    sk: { between: ["0000-00-00", `${through}#\uffff`] },
    ...page,
  });
}

export async function deleteGuestDataDue(d: GuestDataDue): Promise<void> {
  await db().send(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.guestDataDue(d.buildingId, d.day, d.reservationId),
    }),
  );
}
