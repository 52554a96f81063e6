import "server-only";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type { PartyRegistration } from "@/lib/domain/party";
import { db, tableName } from "./client";
import { batchGetRecords, findOne, toItem } from "./item";
import { keys } from "./keys";
import { putItem } from "./write";

type R = { buildingId: string; reservationId: string };

/** The stay's registered party, replaced whole each time the guest saves it (the party is one document). */
export function putPartyRegistration(p: PartyRegistration): Promise<void> {
  return putItem(toItem(p, keys.partyRegistration(p.buildingId, p.reservationId)));
}

export function findPartyRegistration({ buildingId, reservationId }: R): Promise<PartyRegistration | null> {
  return findOne<PartyRegistration>(keys.partyRegistration(buildingId, reservationId));
}

/** The parties of several stays of one building (the authority export), in one batch read per 100. */
export function getPartyRegistrations({
  buildingId,
  reservationIds,
}: {
  buildingId: string;
  reservationIds: string[];
}): Promise<PartyRegistration[]> {
  return batchGetRecords<PartyRegistration>(reservationIds.map((r) => keys.partyRegistration(buildingId, r)));
}

export async function deletePartyRegistration({ buildingId, reservationId }: R): Promise<void> {
  await db().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.partyRegistration(buildingId, reservationId) }),
  );
}
