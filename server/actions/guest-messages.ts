"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { MESSAGE_MOMENTS, messageTemplatesSchema } from "@/lib/domain/guest-message";
import { pauseStayMessages } from "../services/guest-messages/pause-stay-messages";
import { resendStayMessage } from "../services/guest-messages/resend-stay-message";
import { saveMessageTemplates } from "../services/guest-messages/templates";
import { action } from "./action";

/** Staff pause or resume a stay's automatic messages. */
export const pauseStayMessagesAction = action(
  z.object({ id: idSchema, paused: z.boolean() }),
  async ({ id, paused }, actor) => {
    const t = await pauseStayMessages(actor, id, paused);
    revalidatePath("/", "layout");
    return { paused: t.paused };
  },
  { capability: "guestMessage.manage" },
);

/** Staff send one moment's message now (again). */
export const resendStayMessageAction = action(
  z.object({ id: idSchema, moment: z.enum(MESSAGE_MOMENTS) }),
  async ({ id, moment }, actor) => {
    await resendStayMessage(actor, id, moment);
    revalidatePath("/", "layout");
    return { moment };
  },
  { capability: "guestMessage.manage" },
);

/** Managers save the building's guest message templates and moments. */
export const saveMessageTemplatesAction = action(
  z.object({ templates: messageTemplatesSchema }),
  async ({ templates }, actor) => {
    await saveMessageTemplates(actor, templates);
    revalidatePath("/", "layout");
    return { saved: true };
  },
  { capability: "building.manage" },
);
