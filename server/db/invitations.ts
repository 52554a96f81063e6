import "server-only";
import type { Invitation, User, UserRecord } from "@/lib/domain/user";
import { AppError } from "@/lib/errors";
import { getRecord, toItem } from "./item";
import { keys } from "./keys";
import { allOf, mergePatch, reindex, txCondition } from "./update";
import { userKeys } from "./users";
import { buildUpdate, TransactionRefused, transactWrite, tx } from "./write";

/**
 * Invitation links: the token's hash is a global lookup item pointing at an `invited` user.
 * The first invitation is written by createUser in the same transaction as the user; these cover re-sending and accepting.
 */
export async function putInvitation({ invitation }: { invitation: Invitation }): Promise<void> {
  await transactWrite([
    tx.put(toItem(invitation, keys.invitation(invitation.tokenHash)), "attribute_not_exists(pk)"),
  ]);
}

/** Null for an unknown, used or expired token: the page answers the same for all three. */
export async function findInvitationByTokenHash({
  tokenHash,
  now = new Date(),
}: {
  tokenHash: string;
  now?: Date;
}): Promise<{ invitation: Invitation; user: User } | null> {
  const inv = await getRecord<Invitation>(keys.invitation(tokenHash));
  if (!inv || inv.expiresAt <= now.toISOString()) return null;
  const rec = await getRecord<UserRecord>(keys.user(inv.buildingId, inv.userId));
  if (rec?.status !== "invited") return null;
  const { passwordHash: _h, ...user } = rec;
  return { invitation: inv, user };
}

/**
 * Uses the invitation once: deletes the lookup item (still unexpired) and activates the user with a password,
 * in one transaction, so two tabs accepting the same link cannot both succeed.
 */
export async function acceptInvitation({
  tokenHash,
  passwordHash,
  name,
  now = new Date(),
}: {
  tokenHash: string;
  passwordHash: string;
  name?: string;
  now?: Date;
}): Promise<{ buildingId: string; userId: string }> {
  const found = await findInvitationByTokenHash({ tokenHash, now });
  if (!found) throw new AppError("not_found", "This invitation is not valid any more.");
  const { invitation, user } = found;
  const at = now.toISOString();
  // the name feeds the by-role index key: the keys follow the activated record
  const set = { status: "active", passwordHash, updatedAt: at, ...(name ? { name } : {}) };
  const ix = reindex(user, mergePatch(user, set), userKeys);
  const activate = buildUpdate({ ...set, ...ix.set }, ix.remove);
  const [condition, extra] = txCondition(
    allOf(
      { expression: "#st = :invited", names: { "#st": "status" }, values: { ":invited": "invited" } },
      ix.condition,
    ),
  );
  try {
    await transactWrite([
      tx.delete(keys.invitation(tokenHash), "expiresAt > :now", {
        ExpressionAttributeValues: { ":now": at },
      }),
      tx.update(keys.user(invitation.buildingId, invitation.userId), activate, condition, extra),
      tx.delete(keys.userInvitation(invitation.buildingId, invitation.userId)),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused) throw new AppError("conflict", "This invitation was already used.");
    throw e;
  }
  return { buildingId: invitation.buildingId, userId: invitation.userId };
}

type InvitationPointer = { tokenHash: string; expiresAt: string };

/**
 * Re-sending: the new lookup item, the user's pointer moved to it, and the previous lookup item deleted, in one
 * transaction, so the old link stops working the moment the new one exists. Only for a user still `invited`.
 */
export async function replaceInvitation({ invitation }: { invitation: Invitation }): Promise<void> {
  const { buildingId, userId } = invitation;
  const prev = await getRecord<InvitationPointer>(keys.userInvitation(buildingId, userId));
  const pointer: InvitationPointer = { tokenHash: invitation.tokenHash, expiresAt: invitation.expiresAt };
  const items = [
    tx.put(toItem(invitation, keys.invitation(invitation.tokenHash)), "attribute_not_exists(pk)"),
    tx.put(toItem(pointer, keys.userInvitation(buildingId, userId))),
    tx.check(keys.user(buildingId, userId), "#st = :invited", {
      ExpressionAttributeNames: { "#st": "status" },
      ExpressionAttributeValues: { ":invited": "invited" },
    }),
  ];
  if (prev && prev.tokenHash !== invitation.tokenHash) items.push(tx.delete(keys.invitation(prev.tokenHash)));
  try {
    await transactWrite(items);
  } catch (e) {
    if (e instanceof TransactionRefused) throw new AppError("conflict", "This person has already accepted.");
    throw e;
  }
}
