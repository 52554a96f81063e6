import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";
import { config } from "../../config";

/** The largest raw email the inbound route reads (replies with a photo or two). */
export const INBOUND_MAX_BYTES = 5 * 1024 * 1024;

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * The mail relay's shared secret (`Authorization: Bearer <INBOUND_EMAIL_SECRET>`), compared in constant time.
 * Without one configured every call is refused: an open route would let anyone write into a stay's thread.
 */
export function assertInboundSecret(authorization: string | null): void {
  const secret = config().INBOUND_EMAIL_SECRET;
  const given = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim();
  if (!secret || !given || !timingSafeEqual(digest(given), digest(secret)))
    throw new AppError("unauthenticated", "The inbound email secret is missing or wrong.");
}
