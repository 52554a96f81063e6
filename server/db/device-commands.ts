import "server-only";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { CommandStatus, DeviceCommand } from "@/lib/domain/device-command";
import { conflict } from "@/lib/errors";
import { db, tableName } from "./client";
import { findOne, getOne, stripKeys, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import type { EntityKeys } from "./update";
import { buildUpdate, isConditionalCheckFailed, nonEmpty, putIfAbsent } from "./write";

type D = { buildingId: string; deviceId: string };

/**
 * A new command is `pending` and carries the sparse gsi2 key `CMDS#PENDING / expiresAt#id`; the key is removed
 * when the command ends, so the sweeper's query only ever sees commands still waiting for an ack.
 */
export const commandKeys = (
  c: Pick<DeviceCommand, "buildingId" | "deviceId" | "id" | "status" | "expiresAt">,
): EntityKeys => ({
  ...keys.command(c.buildingId, c.deviceId, c.id),
  ...(c.status === "pending" ? keys.commandPending(c.expiresAt, c.id) : {}),
});

export async function createCommand({ command }: { command: DeviceCommand }): Promise<DeviceCommand> {
  const c = command;
  const ok = await putIfAbsent(toItem(c, commandKeys(c)));
  if (!ok) throw conflict(`Command ${c.id} already exists.`);
  return c;
}

export function findCommand({
  buildingId,
  deviceId,
  commandId,
}: D & { commandId: string }): Promise<DeviceCommand | null> {
  return findOne<DeviceCommand>(keys.command(buildingId, deviceId, commandId));
}

export function getCommand({
  buildingId,
  deviceId,
  commandId,
}: D & { commandId: string }): Promise<DeviceCommand> {
  return getOne<DeviceCommand>(keys.command(buildingId, deviceId, commandId), "Command");
}

/** A device's commands, newest first. */
export async function listCommandsByDevice({
  buildingId,
  deviceId,
  ...page
}: D & PageRequest): Promise<Page<DeviceCommand>> {
  return queryPage<DeviceCommand>({
    pk: partitions.device(buildingId, deviceId),
    sk: { beginsWith: keys.commandPrefix },
    ascending: false,
    ...page,
  });
}

/**
 * Ends a command, only if it is still pending: the ack, the timeout sweeper and several app instances may all
 * try, exactly one wins. Returns the ended command, or null when someone else ended it first.
 */
export async function finishCommand({
  buildingId,
  deviceId,
  commandId,
  status,
  reason = null,
  resultState = null,
  at = new Date().toISOString(),
}: D & {
  commandId: string;
  status: Exclude<CommandStatus, "pending">;
  reason?: string | null;
  resultState?: Record<string, unknown> | null;
  at?: string;
}): Promise<DeviceCommand | null> {
  // only a pending command has the gsi2 key (`commandKeys`), and the condition below is that it was pending
  const u = buildUpdate({ status, reason, resultState, endedAt: at }, ["gsi2pk", "gsi2sk"]);
  try {
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.command(buildingId, deviceId, commandId),
        UpdateExpression: u.UpdateExpression,
        ConditionExpression: "#cst = :pending",
        ExpressionAttributeNames: { ...u.ExpressionAttributeNames, "#cst": "status" },
        ExpressionAttributeValues: nonEmpty({ ...u.ExpressionAttributeValues, ":pending": "pending" }),
        ReturnValues: "ALL_NEW",
      }),
    );
    return stripKeys<DeviceCommand>(out.Attributes ?? {});
  } catch (e) {
    if (isConditionalCheckFailed(e)) return null;
    throw e;
  }
}

/**
 * Pending commands whose `expiresAt` is at or before `before`, across all buildings, oldest first: the
 * timeout sweeper's one Query on the sparse gsi2 partition.
 */
export async function listPendingCommandsDue({ before, ...page }: { before: string } & PageRequest) {
  return queryPage<DeviceCommand>({
    index: "gsi2",
    pk: partitions.commandsPending(),
    sk: { lte: `${before}#\uffff` },
    ...page,
  });
}
