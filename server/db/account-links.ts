import "server-only";
import { AppError } from "@/lib/errors";
import { getRecord, toItem } from "./item";
import { keys } from "./keys";
import { TTL_ATTRIBUTE } from "./table-definition";
import { atSessionVersion } from "./user-sessions";
import type { EmailLock } from "./users";
import { TransactionRefused, transactWrite, tx } from "./write";

export type AccountLinkPurpose = "reset" | "email";

/**
 * A password-reset or email-change link: a global lookup item keyed by the token's SHA-256 (the token itself is
 * never stored), pointing at the user. It holds the user's session version when issued, so any later bump
 * (another reset used, a password or email change, sign out everywhere) ends it; `ttl` lets DynamoDB drop it.
 */
export type AccountLink = {
  purpose: AccountLinkPurpose;
  buildingId: string;
  userId: string;
  sessionVersion: number;
  /** email links: the address being confirmed */
  newEmail?: string;
  expiresAt: string;
  createdAt: string;
};

export async function putAccountLink({ tokenHash, link }: { tokenHash: string; link: AccountLink }) {
  const ttl = Math.ceil(Date.parse(link.expiresAt) / 1000) + 3600;
  await transactWrite([
    tx.put(
      toItem({ ...link, [TTL_ATTRIBUTE]: ttl }, keys.accountLink(link.purpose, tokenHash)),
      "attribute_not_exists(pk)",
    ),
  ]);
}

/** Null for an unknown, used or expired link (TTL deletion is lazy: the expiry is checked here too). */
export async function findAccountLink({
  purpose,
  tokenHash,
  now = new Date(),
}: {
  purpose: AccountLinkPurpose;
  tokenHash: string;
  now?: Date;
}): Promise<AccountLink | null> {
  const link = await getRecord<AccountLink & { ttl?: number }>(keys.accountLink(purpose, tokenHash));
  if (!link || link.purpose !== purpose || link.expiresAt <= now.toISOString()) return null;
  const { ttl: _ttl, ...rest } = link;
  return rest;
}

const invalidLink = () => new AppError("not_found", "This link is not valid any more.");

/** Deletes the link, still unexpired: the first item of both transactions below (one use). */
const consume = (purpose: AccountLinkPurpose, tokenHash: string, at: string) =>
  tx.delete(keys.accountLink(purpose, tokenHash), "expiresAt > :now", {
    ExpressionAttributeValues: { ":now": at },
  });

/** The user still active and at the link's session version, then bumped past it (every session ends). */
const bumpFrom = (link: AccountLink) => {
  const at = atSessionVersion(link.sessionVersion);
  return {
    condition: `#st = :active AND ${at.expression}`,
    names: { "#st": "status", "#sv": "sessionVersion" },
    values: { ":active": "active", ":next": link.sessionVersion + 1, ...at.values },
  };
};

/**
 * Uses a reset link once: the link deleted (unexpired), the new hash set and the session version bumped, in one
 * transaction, so a second use, a parallel use or a link older than the last bump all fail.
 */
export async function resetPasswordWithLink({
  tokenHash,
  passwordHash,
  now = new Date(),
}: {
  tokenHash: string;
  passwordHash: string;
  now?: Date;
}): Promise<AccountLink> {
  const link = await findAccountLink({ purpose: "reset", tokenHash, now });
  if (!link) throw invalidLink();
  const at = now.toISOString();
  const bump = bumpFrom(link);
  try {
    await transactWrite([
      consume("reset", tokenHash, at),
      tx.update(
        keys.user(link.buildingId, link.userId),
        {
          UpdateExpression: "SET #ph = :ph, #ua = :ua, #sv = :next",
          ExpressionAttributeNames: { ...bump.names, "#ph": "passwordHash", "#ua": "updatedAt" },
          ExpressionAttributeValues: { ...bump.values, ":ph": passwordHash, ":ua": at },
        },
        bump.condition,
      ),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused) throw invalidLink();
    throw e;
  }
  return link;
}

/**
 * Uses an email-change link once: the link deleted, the new address's uniqueness item created (refused when
 * taken), the old one deleted, the user's email set and its session version bumped, all in one transaction.
 * Returns the link and the address it replaced.
 */
export async function confirmEmailChangeWithLink({
  tokenHash,
  oldEmail,
  now = new Date(),
}: {
  tokenHash: string;
  oldEmail: string;
  now?: Date;
}): Promise<AccountLink & { newEmail: string }> {
  const link = await findAccountLink({ purpose: "email", tokenHash, now });
  const newEmail = link?.newEmail;
  if (!link || !newEmail) throw invalidLink();
  const { buildingId, userId } = link;
  const at = now.toISOString();
  const bump = bumpFrom(link);
  try {
    await transactWrite([
      consume("email", tokenHash, at),
      tx.put(
        toItem({ email: newEmail, buildingId, userId } satisfies EmailLock, keys.emailLock(newEmail)),
        "attribute_not_exists(pk)",
      ),
      tx.delete(keys.emailLock(oldEmail), "userId = :u", { ExpressionAttributeValues: { ":u": userId } }),
      tx.update(
        keys.user(buildingId, userId),
        {
          UpdateExpression: "SET #em = :em, #ua = :ua, #sv = :next",
          ExpressionAttributeNames: { ...bump.names, "#em": "email", "#ua": "updatedAt" },
          ExpressionAttributeValues: { ...bump.values, ":em": newEmail, ":ua": at, ":old": oldEmail },
        },
        `${bump.condition} AND #em = :old`,
      ),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(1)) {
      throw new AppError("conflict", "That email address is already in use.", {
        fields: { email: ["This email is already in use."] },
      });
    }
    if (e instanceof TransactionRefused) throw invalidLink();
    throw e;
  }
  return { ...link, newEmail };
}
