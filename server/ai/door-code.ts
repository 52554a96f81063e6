import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../services/building/get-building";
import { requireCurrentStay } from "../services/checkin/guest-stay";
import { findStayDoorCode } from "../services/door-codes/stay-door-codes";
import type { ToolOutcome } from "./tool-results";

/**
 * The guest's own active door code, only while the stay is on and the building's guest rule allows it (by
 * default once check-in is complete): the same rule and the same code as the stay page, never another stay's.
 */
export async function guestDoorCode(actor: Actor, now = new Date()): Promise<ToolOutcome> {
  let stay: Awaited<ReturnType<typeof requireCurrentStay>>;
  try {
    stay = await requireCurrentStay(actor, now);
  } catch (e) {
    if (e instanceof AppError && e.code === "forbidden") return { status: "outside_stay" };
    throw e;
  }
  const building = await getBuilding(actor);
  const code = await findStayDoorCode(stay, building);
  if (code?.status === "active" && code.validUntil > now.toISOString())
    return { status: "door_code", pin: code.pin, validFrom: code.validFrom, validUntil: code.validUntil };
  return { status: "no_door_code" };
}
