import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { pageActor } from "@/server/auth/page-guard";
import { getReservation } from "@/server/services/reservations/get-reservation";
import { findUnitNumber } from "@/server/services/units/find-unit-number";

const ROLES = { resident: ["resident"], staff: ["staff", "manager"] } as const;

/**
 * The stay of a detail page, read once per request (its layout and the page). A malformed id, an unknown stay,
 * another building's or (for a resident) another unit's is `notFound()`, found out in the layout before the
 * page's loading state streams, so the answer is a real 404. Null when the viewer's role may not see the page.
 * The unit's number comes with it (one read, not a list of the building's units).
 */
export const loadStay = cache(async (id: string, audience: keyof typeof ROLES) => {
  const { actor, allowed } = await pageActor([...ROLES[audience]]);
  if (!allowed) return null;
  try {
    const reservation = await getReservation(actor, id);
    return { actor, reservation, unitNumber: (await findUnitNumber(actor, reservation.unitId)) ?? "" };
  } catch (e) {
    if (e instanceof AppError && ["not_found", "forbidden", "validation", "bad_request"].includes(e.code)) {
      notFound();
    }
    throw e;
  }
});
