import "server-only";
import type { Building } from "@/lib/domain/building";
import { checkinLinkExpiresAt } from "@/lib/domain/checkin-link";
import type { CheckinLink, Reservation } from "@/lib/domain/reservation";
import { config } from "../../config";
import { hashToken, newSecretToken } from "../../db/token-hash";

/**
 * A new check-in link: 256 random bits (newSecretToken), of which only the SHA-256 is stored. The plaintext
 * leaves the server once, in the URL returned to whoever booked or re-issued, and in the guest's email.
 */
export function newCheckinLink(
  building: Pick<Building, "timezone" | "config">,
  stay: Pick<Reservation, "checkOut" | "departureTime">,
  now: Date,
): { token: string; link: CheckinLink } {
  const token = newSecretToken();
  return {
    token,
    link: {
      tokenHash: hashToken(token),
      expiresAt: checkinLinkExpiresAt(stay, building),
      revoked: false,
      createdAt: now.toISOString(),
    },
  };
}

export function checkinUrl(token: string): string {
  return new URL(`/checkin/${token}`, config().APP_URL).toString();
}
