import "server-only";
import type { CodeRemoval } from "@/lib/domain/code-removal";
import { AppError } from "@/lib/errors";
import { stripKeys, toItem } from "./item";
import { keys } from "./keys";
import { queryAll } from "./query";
import { updateRecord } from "./update";
import { putIfAbsent, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** Every key attribute of an owed delete, from the record (no index: the sweeper reads the building's partition). */
export const codeRemovalKeys = (r: Pick<CodeRemoval, "buildingId" | "codeId">) =>
  keys.codeRemoval(r.buildingId, r.codeId);

/** Records an owed delete once (a second writer for the same code keeps the first record). */
export async function putCodeRemoval({ removal }: { removal: CodeRemoval }): Promise<boolean> {
  return putIfAbsent(toItem(removal, codeRemovalKeys(removal)));
}

/**
 * The building's owed deletes, oldest code first. Bounded by design: a record lives only while a lock has not
 * acknowledged a delete, which in a working building is a handful at any time.
 */
export async function listCodeRemovals({ buildingId }: B): Promise<CodeRemoval[]> {
  const items = await queryAll<Record<string, unknown>>({ pk: keys.codeRemovalPartition(buildingId) }, 2000);
  return items.map((i) => stripKeys<CodeRemoval>(i));
}

/**
 * Claims the next attempt: only if nobody claimed one since `current` was read (its `attempts`), so of several
 * sweepers one sends the deletes. Null when another did.
 */
export async function claimCodeRemovalAttempt({
  current,
  deviceIds,
  at,
  dueAt,
}: {
  current: CodeRemoval;
  deviceIds: string[];
  at: string;
  dueAt: string;
}): Promise<CodeRemoval | null> {
  try {
    return await updateRecord<CodeRemoval>({
      key: codeRemovalKeys(current),
      set: { attempts: current.attempts + 1, lastAttemptAt: at, dueAt, deviceIds },
      condition: { expression: "#n = :n", names: { "#n": "attempts" }, values: { ":n": current.attempts } },
      what: "Code removal",
    });
  } catch (e) {
    if (e instanceof AppError && (e.code === "conflict" || e.code === "not_found")) return null;
    throw e;
  }
}

/** Drops a settled record (every lock acknowledged, or nothing is owed any more), if it is still the one read. */
export async function dropCodeRemoval({ current }: { current: CodeRemoval }): Promise<void> {
  await transactWrite([
    tx.delete(codeRemovalKeys(current), "#n = :n", {
      ExpressionAttributeNames: { "#n": "attempts" },
      ExpressionAttributeValues: { ":n": current.attempts },
    }),
  ]).catch((e) => {
    // another sweeper claimed an attempt meanwhile, or dropped it first: the record is theirs
    if (!(e instanceof TransactionRefused)) throw e;
  });
}
