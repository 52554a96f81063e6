import "server-only";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { ApiToken } from "@/lib/domain/api-token";
import { conflict, notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import { getRecord, toItem } from "./item";
import { keys } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { buildUpdate, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };
/** The global item that turns a presented token's hash into its building and id. */
type ApiTokenLookup = { buildingId: string; tokenId: string };

/** The token and its hash lookup item, together and both new. */
export async function createApiToken({ token }: { token: ApiToken }): Promise<ApiToken> {
  const lookup: ApiTokenLookup = { buildingId: token.buildingId, tokenId: token.id };
  try {
    await transactWrite([
      tx.put(toItem(token, keys.apiToken(token.buildingId, token.id)), "attribute_not_exists(pk)"),
      tx.put(toItem(lookup, keys.apiTokenLookup(token.tokenHash)), "attribute_not_exists(pk)"),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused) throw conflict("That token already exists.");
    throw e;
  }
  return token;
}

/**
 * For the bearer-token guard: the token behind a hash, or null when unknown, revoked or expired.
 * Null for all three so a caller cannot tell them apart.
 */
export async function findApiTokenByHash({ tokenHash, now = new Date() }: { tokenHash: string; now?: Date }) {
  const lookup = await getRecord<ApiTokenLookup>(keys.apiTokenLookup(tokenHash));
  if (!lookup) return null;
  const t = await getRecord<ApiToken>(keys.apiToken(lookup.buildingId, lookup.tokenId));
  if (!t || t.revokedAt || t.tokenHash !== tokenHash) return null;
  if (t.expiresAt && t.expiresAt <= now.toISOString()) return null;
  return t;
}

export async function listApiTokens({ buildingId, ...page }: B & PageRequest): Promise<Page<ApiToken>> {
  return queryPage<ApiToken>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.apiTokenPrefix },
    ascending: false,
    ...page,
  });
}

/** Marks the token revoked and deletes its lookup item at once: the hash stops working immediately. */
export async function revokeApiToken({
  buildingId,
  tokenId,
  at = new Date().toISOString(),
}: B & { tokenId: string; at?: string }) {
  const t = await getRecord<ApiToken>(keys.apiToken(buildingId, tokenId));
  if (!t) throw notFound("API token");
  if (t.revokedAt) return t;
  await transactWrite([
    tx.update(keys.apiToken(buildingId, tokenId), buildUpdate({ revokedAt: at }), "attribute_exists(pk)"),
    tx.delete(keys.apiTokenLookup(t.tokenHash)),
  ]);
  return { ...t, revokedAt: at };
}

/** Best effort, at most once a minute per token (the condition skips the write otherwise). */
export async function touchApiToken({
  buildingId,
  tokenId,
  at = new Date(),
}: B & { tokenId: string; at?: Date }) {
  const minuteAgo = new Date(at.getTime() - 60_000).toISOString();
  await db()
    .send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.apiToken(buildingId, tokenId),
        UpdateExpression: "SET lastUsedAt = :now",
        ConditionExpression: "attribute_exists(pk) AND (lastUsedAt = :null OR lastUsedAt < :ago)",
        ExpressionAttributeValues: { ":now": at.toISOString(), ":null": null, ":ago": minuteAgo },
      }),
    )
    .catch(() => undefined);
}
