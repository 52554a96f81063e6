import "server-only";
import type { User, UserRecord } from "@/lib/domain/user";
import { AppError, conflict, notFound } from "@/lib/errors";
import type { Role } from "@/lib/roles";
import { peopleCountDelta } from "./home-summaries";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { type EntityKeys, updateRecord } from "./update";
import { buildUpdate, type TransactItem, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };
/** The global item that makes an email unique and finds its account at sign-in. */
export type EmailLock = { email: string; buildingId: string; userId: string };

const normalizeEmail = (email: string) => email.trim().toLowerCase();
const withoutHash = (r: UserRecord): User => {
  const { passwordHash: _h, sessionVersion: _v, ...user } = r;
  return user;
};
/** Every key of a user: the table key and the by-role list (gsi1, sorted by name). */
export const userKeys = (u: Pick<User, "buildingId" | "id" | "role" | "name">): EntityKeys => ({
  ...keys.user(u.buildingId, u.id),
  ...keys.userByRole(u.buildingId, u.role, u.name, u.id),
});
export const userItem = (u: UserRecord) => toItem(u, userKeys(u));

/**
 * The user and its email lock in one transaction, both conditional on not existing: two requests racing
 * for the same email cannot both win, whatever the timing. An invitation lookup item can ride along.
 */
export async function createUser({
  user,
  invitation,
  alongside = [],
}: {
  user: UserRecord;
  invitation?: { tokenHash: string; expiresAt: string };
  /** more writes that must commit with the user (e.g. the units' residents), placed after it */
  alongside?: TransactItem[];
}): Promise<User> {
  const email = normalizeEmail(user.email);
  const record: UserRecord = { ...user, email };
  const lock: EmailLock = { email, buildingId: user.buildingId, userId: user.id };
  const items = [
    tx.put(toItem(lock, keys.emailLock(email)), "attribute_not_exists(pk)"),
    tx.put(userItem(record), "attribute_not_exists(pk)"),
  ];
  if (invitation) {
    const inv = {
      ...invitation,
      buildingId: user.buildingId,
      userId: user.id,
      email,
      createdAt: user.createdAt,
    };
    items.push(tx.put(toItem(inv, keys.invitation(invitation.tokenHash)), "attribute_not_exists(pk)"));
    items.push(tx.put(toItem(invitation, keys.userInvitation(user.buildingId, user.id))));
  }
  const own = items.length;
  items.push(...alongside);
  // the building's people counter (issue 19) moves with the user, after `alongside` so their indexes hold
  items.push(peopleCountDelta(user.buildingId, 1));
  try {
    await transactWrite(items);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.some((i) => i >= own)) {
      throw conflict("A unit was changed meanwhile; try again.");
    }
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      throw new AppError("conflict", `An account with the email ${email} already exists.`, {
        fields: { email: ["This email is already in use."] },
        details: { email },
      });
    }
    if (e instanceof TransactionRefused && e.failedConditions.length)
      throw conflict("That user already exists.");
    throw e;
  }
  return withoutHash(record);
}

export async function findUser({ buildingId, userId }: B & { userId: string }): Promise<User | null> {
  const r = await getRecord<UserRecord>(keys.user(buildingId, userId));
  return r ? withoutHash(r) : null;
}

export async function getUser(input: B & { userId: string }): Promise<User> {
  const u = await findUser(input);
  if (!u) throw notFound("User");
  return u;
}

/**
 * For the auth layer only: the account with its password hash, or null. Null (never a throw) so that sign-in
 * treats an unknown email exactly like a wrong password.
 */
export async function findUserCredentialsByEmail({ email }: { email: string }): Promise<UserRecord | null> {
  const lock = await getRecord<EmailLock>(keys.emailLock(normalizeEmail(email)));
  if (!lock) return null;
  return (await getRecord<UserRecord>(keys.user(lock.buildingId, lock.userId))) ?? null;
}

export async function findUserByEmail({ email }: { email: string }): Promise<User | null> {
  const r = await findUserCredentialsByEmail({ email });
  return r ? withoutHash(r) : null;
}

/** Narrows a people list to one status (a filter: a page may hold fewer than `limit`). */
const statusFilter = (status: User["status"] | undefined) =>
  status ? { expression: "#st = :st", names: { "#st": "status" }, values: { ":st": status } } : undefined;

/** A building's people in id (creation) order. */
export async function listUsers({
  buildingId,
  status,
  ...page
}: B & { status?: User["status"] } & PageRequest): Promise<Page<User>> {
  const p = await queryPage<UserRecord>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.userPrefix },
    filter: statusFilter(status),
    ...page,
  });
  return { items: p.items.map(withoutHash), cursor: p.cursor };
}

/** People of one role, by name (gsi1). */
export async function listUsersByRole({
  buildingId,
  role,
  status,
  ...page
}: B & { role: Role; status?: User["status"] } & PageRequest) {
  const p = await queryPage<UserRecord>({
    index: "gsi1",
    pk: partitions.usersByRole(buildingId, role),
    filter: statusFilter(status),
    ...page,
  });
  return { items: p.items.map(withoutHash), cursor: p.cursor } satisfies Page<User>;
}

export type UserPatch = Partial<
  Pick<User, "name" | "phone" | "role" | "unitIds" | "status" | "locale" | "lastLoginAt">
>;

/** Role and name feed the gsi1 key: it is recomputed from the patched record (`userKeys`). */
export async function updateUser({ buildingId, userId, patch }: B & { userId: string; patch: UserPatch }) {
  const r = await updateRecord<UserRecord>({
    key: keys.user(buildingId, userId),
    set: { ...patch, updatedAt: new Date().toISOString() },
    what: "User",
    keysOf: userKeys,
  });
  return withoutHash(r);
}

export async function setUserPassword({
  buildingId,
  userId,
  passwordHash,
}: B & { userId: string; passwordHash: string }): Promise<void> {
  await updateRecord({
    key: keys.user(buildingId, userId),
    set: { passwordHash, updatedAt: new Date().toISOString() },
    what: "User",
  });
}

/**
 * Replaces a password hash by the same password hashed at today's cost, only if the stored hash is still `from`:
 * a password changed meanwhile is never overwritten. False when it was (or the user is gone).
 */
export async function upgradePasswordHash({
  buildingId,
  userId,
  from,
  to,
}: B & { userId: string; from: string; to: string }): Promise<boolean> {
  try {
    await updateRecord({
      key: keys.user(buildingId, userId),
      set: { passwordHash: to },
      what: "User",
      condition: { expression: "#ph = :from", names: { "#ph": "passwordHash" }, values: { ":from": from } },
    });
    return true;
  } catch (e) {
    if (e instanceof AppError && (e.code === "conflict" || e.code === "not_found")) return false;
    throw e;
  }
}

/** Moves the email lock in the same transaction as the user: the new address must be free, the old one ours. */
export async function changeUserEmail({ buildingId, userId, email }: B & { userId: string; email: string }) {
  const cur = await getUser({ buildingId, userId });
  const next = normalizeEmail(email);
  if (next === cur.email) return cur;
  const now = new Date().toISOString();
  try {
    await transactWrite([
      tx.put(
        toItem({ email: next, buildingId, userId } satisfies EmailLock, keys.emailLock(next)),
        "attribute_not_exists(pk)",
      ),
      tx.delete(keys.emailLock(cur.email), "userId = :u", { ExpressionAttributeValues: { ":u": userId } }),
      tx.update(
        keys.user(buildingId, userId),
        buildUpdate({ email: next, updatedAt: now }),
        "attribute_exists(pk)",
      ),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      throw new AppError("conflict", `An account with the email ${next} already exists.`, {
        details: { email: next },
      });
    }
    throw e;
  }
  return { ...cur, email: next, updatedAt: now };
}
