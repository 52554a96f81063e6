import "server-only";
import { resolveCheckinToken } from "../services/checkin/resolve-checkin-token";

/**
 * The emailed link's page is opened before the guest has a session, so the session cannot say which
 * reservation (and language) it is: proxy.ts passes the link's token to i18n/request.ts in this header.
 * A forged header changes nothing but the language of the sender's own page, and only with a working link.
 */
export const CHECKIN_TOKEN_HEADER = "x-buildingos-checkin-token";
export const CHECKIN_PATH = /^\/checkin\/([A-Za-z0-9_-]{43})$/;

/** The language the stay behind a check-in token was booked with, if any. */
export async function checkinTokenLocale(token: string | null): Promise<string | null> {
  if (!token) return null;
  const found = await resolveCheckinToken(token).catch(() => null);
  return found?.reservation.guestLocale ?? null;
}
