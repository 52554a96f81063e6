import "server-only";
import type { Pass } from "@/lib/domain/pass";
import { conflict, notFound } from "@/lib/errors";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };
const LIVE = new Set(["pending", "active"]);

/**
 * Every key attribute of a pass, from the record: the issuer's list (gsi1, kept), the sweeper's due list (gsi2,
 * only while a window is to open or close) and its ticket's list (gsi3, a vendor pass while it can still open).
 */
export function passKeys(p: Pass) {
  return {
    ...keys.pass(p.buildingId, p.id),
    ...keys.passByIssuer(p.buildingId, p.issuedBy.id, p.id),
    ...(p.dueAt ? keys.passDue(p.buildingId, p.dueAt, p.id) : {}),
    ...(p.ticketId && LIVE.has(p.status) ? keys.passByTicket(p.buildingId, p.ticketId, p.id) : {}),
  };
}

/** The pass and its public link in one transaction (both put if absent). */
export async function createPass({ pass }: { pass: Pass }): Promise<Pass> {
  try {
    await transactWrite([
      tx.put(toItem(pass, passKeys(pass)), "attribute_not_exists(pk)"),
      tx.put(
        toItem({ buildingId: pass.buildingId, passId: pass.id }, keys.passLink(pass.linkHash)),
        "attribute_not_exists(pk)",
      ),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length)
      throw conflict("That pass already exists.");
    throw e;
  }
  return pass;
}

export async function findPass({ buildingId, passId }: B & { passId: string }): Promise<Pass | null> {
  return (await getRecord<Pass>(keys.pass(buildingId, passId))) ?? null;
}

export async function getPass(input: B & { passId: string }): Promise<Pass> {
  const p = await findPass(input);
  if (!p) throw notFound("Pass");
  return p;
}

/** The pass a public link opens, or null. */
export async function findPassByLink({ tokenHash }: { tokenHash: string }): Promise<Pass | null> {
  const link = await getRecord<{ buildingId: string; passId: string }>(keys.passLink(tokenHash));
  return link ? findPass(link) : null;
}

/**
 * Moves a pass on (a window granted or closed, revoked, approved), only if nobody moved it since `current` was
 * read (its `updatedAt`): two sweepers, or a sweeper and a revoke, never both act on the same state. The loser
 * gets a 409 and reads again. Index keys follow the record (passKeys).
 */
export async function updatePass({
  current,
  set,
}: {
  current: Pass;
  set: Partial<Omit<Pass, "id" | "buildingId">>;
}): Promise<Pass> {
  // the claim is on updatedAt: it must change with every write, even two in the same millisecond
  const stamp = new Date(Math.max(Date.now(), Date.parse(current.updatedAt) + 1)).toISOString();
  return updateRecord<Pass>({
    key: keys.pass(current.buildingId, current.id),
    set: { ...set, updatedAt: stamp },
    what: "Pass",
    keysOf: passKeys,
    current,
    condition: {
      expression: "#pu = :pu",
      names: { "#pu": "updatedAt" },
      values: { ":pu": current.updatedAt },
    },
    conflictMessage: "The pass changed meanwhile.",
  });
}

/** Passes one person issued, newest first. */
export async function listPassesByIssuer({
  buildingId,
  userId,
  ...page
}: B & { userId: string } & PageRequest) {
  return queryPage<Pass>({
    index: "gsi1",
    pk: partitions.passesByIssuer(buildingId, userId),
    ascending: false,
    ...page,
  });
}

/** Every pass of the building, newest first (staff). */
export async function listBuildingPasses({ buildingId, ...page }: B & PageRequest) {
  return queryPage<Pass>({
    pk: keys.buildingPartition(buildingId),
    sk: { beginsWith: keys.passPrefix },
    ascending: false,
    ...page,
  });
}

/** Passes (of every building) whose next window opens or closes by `now`, oldest due first. */
export async function listDuePasses({ now, ...page }: { now: Date } & PageRequest) {
  return queryPage<Pass>({
    index: "gsi2",
    pk: partitions.passesDue(),
    sk: { lte: `${now.toISOString()}#~` },
    ...page,
  });
}

/** A ticket's live passes (a vendor's), to end with the ticket. */
export async function listTicketPasses({
  buildingId,
  ticketId,
  ...page
}: B & { ticketId: string } & PageRequest) {
  return queryPage<Pass>({ index: "gsi3", pk: partitions.passesByTicket(buildingId, ticketId), ...page });
}
