import "server-only";
import type { Handover } from "@/lib/domain/handover";
import type { Actor } from "@/lib/roles";
import { updateHandover } from "../../db/handovers";
import { recordAudit } from "../audit/audit";
import { laterThan, loadHandoverFor } from "./handover-access";

/** Staff hand the conversation back to the concierge: it leaves the inbox (a new hand-over re-opens it). */
export async function handBack(actor: Actor, handoverId: string): Promise<Handover> {
  const h = await loadHandoverFor(actor, handoverId);
  if (h.status === "closed") return h;
  const at = laterThan(h.updatedAt);
  const saved = await updateHandover({
    buildingId: h.buildingId,
    handoverId: h.id,
    set: { status: "closed", closedAt: at, updatedAt: at },
    expectedUpdatedAt: h.updatedAt,
  });
  await recordAudit(actor, "handover.handBack", { type: "handover", id: h.id }, "success").catch(
    () => undefined,
  );
  return saved;
}
