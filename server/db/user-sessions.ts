import "server-only";
import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { User, UserRecord } from "@/lib/domain/user";
import { AppError, notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import { getRecord, toItem } from "./item";
import { keys } from "./keys";
import { TTL_ATTRIBUTE } from "./table-definition";
import { isConditionalCheckFailed } from "./write";

type UserRef = { buildingId: string; userId: string };

/**
 * Sessions are JWTs, so the server revokes them with a counter on the user: each session carries the
 * version it was signed in at, and every request compares it with this one (server/auth/session-user.ts).
 * An account that never bumped it is at 0.
 */
export const sessionVersionOf = (r: Pick<UserRecord, "sessionVersion">) => r.sessionVersion ?? 0;

/** The user (no hash) with its session version, or null; read on every signed-in request. */
export async function findUserSession({
  buildingId,
  userId,
}: UserRef): Promise<{ user: User; sessionVersion: number } | null> {
  const r = await getRecord<UserRecord>(keys.user(buildingId, userId));
  if (!r) return null;
  const { passwordHash: _h, sessionVersion, ...user } = r;
  return { user, sessionVersion: sessionVersion ?? 0 };
}

/**
 * The condition "the user is still at version `v`" on the attribute named `#sv`: a missing attribute is
 * version 0. Links carry the version they were issued at, so any later bump (another reset, a password or
 * email change, sign out everywhere) ends them.
 */
export function atSessionVersion(v: number): { expression: string; values: Record<string, number> } {
  return v === 0
    ? { expression: "(attribute_not_exists(#sv) OR #sv = :sv)", values: { ":sv": 0 } }
    : { expression: "#sv = :sv", values: { ":sv": v } };
}

/** Ends every session of the user (sign out everywhere). Returns the new version. */
export async function bumpSessionVersion({ buildingId, userId }: UserRef): Promise<number> {
  try {
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.user(buildingId, userId),
        UpdateExpression: "ADD #sv :one SET #ua = :now",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#sv": "sessionVersion", "#ua": "updatedAt" },
        ExpressionAttributeValues: { ":one": 1, ":now": new Date().toISOString() },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return Number(out.Attributes?.sessionVersion ?? 0);
  } catch (e) {
    if (isConditionalCheckFailed(e)) throw notFound("User");
    throw e;
  }
}

/**
 * A signed-in password change: the new hash and a bumped session version in one write, conditional on the
 * hash that was just verified still being the stored one (two racing changes cannot both pass re-authentication).
 */
export async function replacePassword({
  buildingId,
  userId,
  verifiedHash,
  passwordHash,
}: UserRef & { verifiedHash: string; passwordHash: string }): Promise<number> {
  try {
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.user(buildingId, userId),
        UpdateExpression: "SET #ph = :ph, #ua = :now ADD #sv :one",
        ConditionExpression: "#ph = :old AND #st = :active",
        ExpressionAttributeNames: {
          "#ph": "passwordHash",
          "#ua": "updatedAt",
          "#sv": "sessionVersion",
          "#st": "status",
        },
        ExpressionAttributeValues: {
          ":ph": passwordHash,
          ":old": verifiedHash,
          ":active": "active",
          ":now": new Date().toISOString(),
          ":one": 1,
        },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return Number(out.Attributes?.sessionVersion ?? 0);
  } catch (e) {
    if (isConditionalCheckFailed(e)) {
      throw new AppError("conflict", "Your password was changed meanwhile; sign in again.");
    }
    throw e;
  }
}

/**
 * Ends ONE session (this browser's sign-out): its id is kept beside the user until the JWT would have expired,
 * and every request's first read looks for it (server/db/shell-reads.ts). Clearing the cookie alone was not
 * enough: a request sent before the sign-out and answered after it wrote a fresh session cookie back (Auth.js
 * re-issues it on every request through the proxy), and a copied JWT worked for the rest of its 12 hours.
 */
export async function recordSignOut({
  buildingId,
  userId,
  sid,
  expiresAt,
}: UserRef & { sid: string; expiresAt: number }): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  await db().send(
    new PutCommand({
      TableName: tableName(),
      Item: toItem(
        { signedOutAt: new Date().toISOString(), [TTL_ATTRIBUTE]: Math.max(expiresAt, now) + 3600 },
        keys.signedOutSession(buildingId, userId, sid),
      ),
    }),
  );
}
