import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * Secret tokens (check-in links, invitations, API tokens) are stored only as their SHA-256, hex: the lookup
 * items are keyed by it, so a leaked table gives no working link. High-entropy random tokens need no salt
 * or slow hash, and a fast hash keeps the lookup one GetItem.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 32 random bytes, base64url (43 characters). */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * A public id for one issued link (a hash of its hash: it finds nothing and cannot be turned back). Guest
 * sessions carry it, so re-issuing or revoking the link ends the sessions opened with the old one.
 */
export function linkIdOf(tokenHash: string): string {
  return hashToken(`link:${tokenHash}`).slice(0, 32);
}
