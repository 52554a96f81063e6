import "server-only";
import { createHash } from "node:crypto";
import type { Charge } from "@/lib/domain/charges";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { type EntityKeys, mergePatch, reindex } from "./update";
import { buildUpdate, type TransactItem, tx } from "./write";

type B = { buildingId: string };

/** A charge's id from what made it (`form:<key>:<unit>`, `cost:<id>`, `late:<billId>`): the same cause, one charge. */
export function chargeIdOf(buildingId: string, cause: string): string {
  const h = createHash("sha256").update(`${buildingId}\u0000${cause}`).digest("base64url");
  return `chg_${h.slice(0, 26)}`;
}

/**
 * Every key of a charge: the table key, the unit's list (gsi1), the building's list (gsi3), and, only while no
 * bill has taken it, the unit's unbilled list (gsi2, sparse).
 */
export const chargeKeys = (
  c: Pick<Charge, "buildingId" | "id" | "unitId" | "createdAt" | "billId">,
): EntityKeys => ({
  ...keys.charge(c.buildingId, c.id),
  ...keys.chargeByUnit(c.buildingId, c.unitId, c.createdAt, c.id),
  ...(c.billId === null ? keys.unbilledChargeByUnit(c.buildingId, c.unitId, c.createdAt, c.id) : {}),
  ...keys.chargeByBuilding(c.buildingId, c.createdAt, c.id),
});
export const chargeItem = (c: Charge) => toItem(c, chargeKeys(c));

/** The put of a new charge, refused when one with its id exists (for transactions). */
export const putChargeTx = (c: Charge): TransactItem => tx.put(chargeItem(c), "attribute_not_exists(pk)");

export async function findCharge({ buildingId, chargeId }: B & { chargeId: string }): Promise<Charge | null> {
  return (await getRecord<Charge>(keys.charge(buildingId, chargeId))) ?? null;
}

/** The charges still waiting for a unit's next bill, oldest first. */
export async function listUnbilledCharges({ buildingId, unitId }: B & { unitId: string }): Promise<Charge[]> {
  return queryAll<Charge>({ index: "gsi2", pk: partitions.unbilledChargesByUnit(buildingId, unitId) }, 500);
}

const billedFilter = (status?: "pending" | "billed") =>
  status === undefined
    ? undefined
    : {
        expression: status === "pending" ? "#bill = :null" : "#bill <> :null",
        names: { "#bill": "billId" },
        values: { ":null": null },
      };

/** A unit's charges (gsi1) or the building's (gsi3), newest first. */
export async function listCharges({
  buildingId,
  unitId,
  status,
  ...page
}: B & { unitId?: string; status?: "pending" | "billed" } & PageRequest): Promise<Page<Charge>> {
  return queryPage<Charge>({
    index: unitId ? "gsi1" : "gsi3",
    pk: unitId ? partitions.chargesByUnit(buildingId, unitId) : partitions.charges(buildingId),
    ascending: false,
    filter: billedFilter(status),
    ...page,
  });
}

/**
 * The update that puts a charge on a bill, for the bill's transaction: refused unless the charge is still
 * unbilled (its sparse key is still there and `billId` null), so two bills can never both take it.
 */
export function billChargeTx(c: Charge, billId: string, period: string): TransactItem {
  const set = { billId, billedPeriod: period };
  const ix = reindex(c, mergePatch(c, set), chargeKeys);
  const names = { "#bill": "billId", ...ix.condition?.names };
  const values = { ":nobill": null, ...ix.condition?.values };
  const condition = ["attribute_exists(pk)", "#bill = :nobill", ix.condition?.expression]
    .filter(Boolean)
    .join(" AND ");
  return tx.update(
    keys.charge(c.buildingId, c.id),
    buildUpdate({ ...set, ...ix.set }, ix.remove),
    condition,
    {
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  );
}
