import "server-only";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { AppError, notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import { stripKeys } from "./item";
import type { Key } from "./keys";
import { buildUpdate, isConditionalCheckFailed, nonEmpty } from "./write";

export type UpdateRecordInput = {
  key: Key;
  set: Record<string, unknown>;
  remove?: string[];
  /** what the thing is called in a not-found message ("Ticket") */
  what: string;
  /** extra condition on top of "the item exists", e.g. `#status = :from` */
  condition?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  /** message when the extra condition fails */
  conflictMessage?: string;
};

/**
 * UpdateItem that never creates: the item must exist (404 otherwise) and satisfy `condition` (409 otherwise).
 * ReturnValuesOnConditionCheckFailure tells the two apart without a second read. Returns the new record.
 */
export async function updateRecord<T>(input: UpdateRecordInput): Promise<T> {
  const u = buildUpdate(input.set, input.remove);
  const condition = ["attribute_exists(pk)", input.condition?.expression].filter(Boolean).join(" AND ");
  try {
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: input.key,
        UpdateExpression: u.UpdateExpression,
        ConditionExpression: condition,
        ExpressionAttributeNames: nonEmpty({ ...u.ExpressionAttributeNames, ...input.condition?.names }),
        ExpressionAttributeValues: nonEmpty({ ...u.ExpressionAttributeValues, ...input.condition?.values }),
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return stripKeys<T>(out.Attributes ?? {});
  } catch (e) {
    if (!isConditionalCheckFailed(e)) throw e;
    if (!(e as { Item?: unknown }).Item) throw notFound(input.what);
    throw new AppError(
      "conflict",
      input.conflictMessage ?? `${input.what} was changed meanwhile; try again.`,
    );
  }
}
