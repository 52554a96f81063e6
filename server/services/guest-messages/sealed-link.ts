import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { authSecret } from "../../config";

/**
 * The check-in link token, sealed (AES-256-GCM) with a key derived from AUTH_SECRET, so a message sent days later
 * can carry the same link the guest got at booking. The key is not in the database: a leaked table still gives no
 * working link, as with the hash-only lookup items.
 */
const key = () => createHash("sha256").update(`guest-message-link:${authSecret()}`, "utf8").digest();

export function sealToken(token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** The token, or null when the seal does not open (another secret, tampered). */
export function openToken(sealed: string): string | null {
  try {
    const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
