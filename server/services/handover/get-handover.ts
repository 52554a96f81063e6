import "server-only";
import type { HandoverThread } from "@/lib/domain/handover";
import type { Actor } from "@/lib/roles";
import { listMessages } from "../../db/conversations";
import { loadHandoverFor } from "./handover-access";

/** One hand-over with its whole thread (the last 200 messages, oldest first): what the asker and concierge said. */
export async function getHandover(actor: Actor, handoverId: string): Promise<HandoverThread> {
  const handover = await loadHandoverFor(actor, handoverId);
  const page = await listMessages({
    buildingId: actor.buildingId,
    conversationId: handover.conversationId,
    ascending: false,
    limit: 200,
  });
  return { handover, messages: page.items.reverse() };
}
