import "server-only";
import type { Handover } from "@/lib/domain/handover";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { requesterId } from "../../agents/requester";
import { findConversation } from "../../db/conversations";
import { createHandover, findHandover, updateHandover } from "../../db/handovers";
import { getUnitsByIds } from "../../db/units";
import { recordAudit } from "../audit/audit";

/**
 * Puts the asker's conversation in the staff inbox (the hand-over tool's mission step, as the asker; or a
 * question the concierge could not answer). One hand-over per conversation: asking again while it is open
 * keeps it; after it was handed back it opens again, with the new reason. Only the conversation's owner.
 */
export async function openHandover(
  actor: Actor,
  input: { conversationId: string; reason: string; urgent: boolean; source: Handover["source"] },
): Promise<Handover> {
  authorize(actor, "concierge.chat");
  const b = { buildingId: actor.buildingId };
  const conversation = await findConversation({ ...b, conversationId: input.conversationId });
  const askerId = requesterId(actor);
  if (!conversation || conversation.userId !== askerId) throw new Error("not the asker's conversation");
  const now = new Date().toISOString();
  const existing = await findHandover({ ...b, handoverId: conversation.id });
  if (existing && existing.status !== "closed") return existing;
  const units = actor.unitIds.length
    ? await getUnitsByIds({ ...b, unitIds: actor.unitIds.slice(0, 20) })
    : [];
  const fresh = {
    status: "open" as const,
    reason: input.reason.slice(0, 500),
    source: input.source,
    urgent: input.urgent,
    assignee: null,
    openedAt: now,
    firstReplyAt: null,
    closedAt: null,
    updatedAt: now,
  };
  const handover: Handover = existing
    ? await updateHandover({
        ...b,
        handoverId: existing.id,
        set: fresh,
        expectedUpdatedAt: existing.updatedAt,
      })
    : {
        id: conversation.id,
        buildingId: actor.buildingId,
        conversationId: conversation.id,
        asker: {
          id: askerId,
          name: actor.name ?? "",
          role: actor.role,
          email: actor.email ?? null,
          locale: actor.locale ?? null,
          units: units.map((u) => u.number),
          reservationId: actor.reservationId ?? null,
        },
        ...fresh,
      };
  if (!existing && !(await createHandover({ handover }))) {
    return (await findHandover({ ...b, handoverId: conversation.id })) ?? handover;
  }
  await recordAudit(actor, "handover.open", { type: "handover", id: conversation.id }, "success", {
    source: input.source,
  }).catch(() => undefined);
  return handover;
}
