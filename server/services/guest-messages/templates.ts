import "server-only";
import type { MessageTemplates } from "@/lib/domain/guest-message";
import { DEFAULT_MESSAGE_TEMPLATES } from "@/lib/domain/guest-message-defaults";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findMessageTemplates, saveMessageTemplates as saveTemplatesRecord } from "../../db/stay-messages";
import { recordAudit } from "../audit/audit";

/** The templates a building's messages are made from: its own once saved, else the shipped defaults. */
export async function templatesOf(buildingId: string): Promise<MessageTemplates> {
  return (await findMessageTemplates({ buildingId })) ?? DEFAULT_MESSAGE_TEMPLATES;
}

/** The building's templates and moments (staff and managers read them; `customized` false on the defaults). */
export async function getMessageTemplates(
  actor: Actor,
): Promise<{ templates: MessageTemplates; customized: boolean }> {
  authorize(actor, "guestMessage.manage", { buildingId: actor.buildingId });
  const saved = await findMessageTemplates({ buildingId: actor.buildingId });
  return { templates: saved ?? DEFAULT_MESSAGE_TEMPLATES, customized: saved !== null };
}

/**
 * Managers save the whole set (validated: known placeholders only, every language). Stays already scheduled
 * keep their times until their stay changes; each message is written from the templates as they are when sent.
 */
export async function saveMessageTemplates(
  actor: Actor,
  templates: MessageTemplates,
): Promise<{ templates: MessageTemplates; customized: boolean }> {
  authorize(actor, "building.manage", { buildingId: actor.buildingId });
  await saveTemplatesRecord({ buildingId: actor.buildingId, templates, updatedAt: new Date().toISOString() });
  await recordAudit(
    actor,
    "guestMessage.templates.update",
    { type: "building", id: actor.buildingId },
    "success",
    {
      enabled: Object.entries(templates)
        .filter(([, t]) => t.enabled)
        .map(([m]) => m),
    },
  );
  return { templates, customized: true };
}
