import "server-only";
import { isCheckinLinkUsable } from "@/lib/domain/checkin-link";
import type { Reservation } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { findBuilding } from "../../db/buildings";
import { findReservationByCheckinTokenHash } from "../../db/reservations";
import { hashToken, linkIdOf } from "../../db/token-hash";

/** Tokens are 32 random bytes in base64url: anything else is refused before touching the database. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * One answer for every bad link (unknown, mistyped, expired, revoked, replaced, stay cancelled or over, check-in
 * switched off): a guest learns nothing about which, and a guesser learns nothing about what exists.
 */
export const invalidCheckinLink = () =>
  new AppError("not_found", "This check-in link is not valid. Ask your host for a new one.");

/**
 * The stay a check-in token opens, and the public id of that link (guest sessions carry it, so a re-issued or
 * revoked link ends them). Only the token's SHA-256 is looked up.
 */
export async function resolveCheckinToken(
  token: string,
  now = new Date(),
): Promise<{ reservation: Reservation; linkId: string }> {
  if (!TOKEN_SHAPE.test(token)) throw invalidCheckinLink();
  const tokenHash = hashToken(token);
  const r = await findReservationByCheckinTokenHash({ tokenHash });
  if (!r || !isCheckinLinkUsable(r, now)) throw invalidCheckinLink();
  const building = await findBuilding({ buildingId: r.buildingId });
  if (!building?.config.features.guestCheckin) throw invalidCheckinLink();
  return { reservation: r, linkId: linkIdOf(tokenHash) };
}
