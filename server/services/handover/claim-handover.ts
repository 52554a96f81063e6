import "server-only";
import type { Handover } from "@/lib/domain/handover";
import { AppError, conflict } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { updateHandover } from "../../db/handovers";
import { findUser } from "../../db/users";
import { recordAudit } from "../audit/audit";
import { laterThan, loadHandoverFor } from "./handover-access";

/**
 * Takes a hand-over (for oneself, or assigns it to another staff member or manager of the building). Two people
 * taking the same one at once: the second gets a 409 naming nobody's work lost. A closed one cannot be taken.
 */
export async function claimHandover(
  actor: Actor,
  handoverId: string,
  input: { assigneeId?: string },
): Promise<Handover> {
  const h = await loadHandoverFor(actor, handoverId);
  if (h.status === "closed") throw conflict("This conversation was handed back to the concierge.");
  const assigneeId = input.assigneeId ?? actor.id;
  let assignee = { id: actor.id, name: actor.name ?? "" };
  if (assigneeId !== actor.id || actor.kind !== "user") {
    const u = await findUser({ buildingId: actor.buildingId, userId: assigneeId });
    if (u?.status !== "active" || (u.role !== "staff" && u.role !== "manager"))
      throw new AppError("validation", "Assign it to a staff member or manager of the building.", {
        fields: { assigneeId: ["Not a staff member or manager of this building."] },
      });
    assignee = { id: u.id, name: u.name };
  }
  if (h.assignee?.id === assignee.id && h.status === "claimed") return h;
  const saved = await updateHandover({
    buildingId: h.buildingId,
    handoverId: h.id,
    set: { status: "claimed", assignee, updatedAt: laterThan(h.updatedAt) },
    expectedUpdatedAt: h.updatedAt,
  });
  await recordAudit(actor, "handover.claim", { type: "handover", id: h.id }, "success", {
    assigneeId: assignee.id,
  }).catch(() => undefined);
  return saved;
}
