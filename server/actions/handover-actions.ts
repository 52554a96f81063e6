"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { handoverReplyInputSchema } from "@/lib/domain/handover";
import { claimHandover } from "../services/handover/claim-handover";
import { handBack } from "../services/handover/hand-back";
import { replyToHandover } from "../services/handover/reply-handover";
import { action } from "./action";

/** Staff take a hand-over, for themselves or for a colleague (`assigneeId`). */
export const claimHandoverAction = action(
  z.object({ handoverId: idSchema, assigneeId: idSchema.optional() }),
  async function claimHandoverRequest(input, actor) {
    const h = await claimHandover(actor, input.handoverId, { assigneeId: input.assigneeId });
    return { status: h.status };
  },
  { capability: "handover.manage" },
);

/** Staff reply into the asker's chat. */
export const replyHandoverAction = action(
  handoverReplyInputSchema.extend({ handoverId: idSchema }),
  async function replyHandoverRequest(input, actor) {
    const r = await replyToHandover(actor, input.handoverId, { text: input.text });
    return { emailed: r.emailed };
  },
  { capability: "handover.manage" },
);

/** Staff hand the conversation back to the concierge. */
export const handBackAction = action(
  z.object({ handoverId: idSchema }),
  async function handBackRequest(input, actor) {
    const h = await handBack(actor, input.handoverId);
    return { status: h.status };
  },
  { capability: "handover.manage" },
);
