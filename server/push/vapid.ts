import "server-only";
import { config } from "../config";

export type Vapid = { publicKey: string; privateKey: string; subject: string };

/** `Name <a@b.example>` or `a@b.example` → `a@b.example`. */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/**
 * The building's VAPID identity (RFC 8292): the key pair browsers subscribe with and pushes are signed by, and the
 * contact given to push services. Null when no pair is configured: push is off (`npm run dev` generates one).
 */
export function vapid(): Vapid | null {
  const c = config();
  if (!c.VAPID_PUBLIC_KEY || !c.VAPID_PRIVATE_KEY) return null;
  return {
    publicKey: c.VAPID_PUBLIC_KEY,
    privateKey: c.VAPID_PRIVATE_KEY,
    subject: c.VAPID_SUBJECT ?? `mailto:${addressOf(c.EMAIL_FROM)}`,
  };
}
