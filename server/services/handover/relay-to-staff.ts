import "server-only";
import type { BuildingDTO } from "@/lib/domain/building";
import type { ConversationDTO, Message } from "@/lib/domain/conversation";
import type { Handover } from "@/lib/domain/handover";
import { newId } from "@/lib/domain/ids";
import type { Actor } from "@/lib/roles";
import { conversationLanguage } from "../../ai/concierge";
import { phrase } from "../../ai/phrases";
import { appendMessages } from "../../db/conversations";
import { findHandover } from "../../db/handovers";
import { findUser } from "../../db/users";
import { resolveLocale } from "../../i18n/resolve-locale";
import { logger } from "../../logger";
import { getBuilding } from "../building/get-building";
import { notifyPeople } from "../notifications/notify-people";

/**
 * While a person from the staff has taken a conversation (`claimed`), the concierge does not answer in it: what
 * the asker writes is kept in the thread the staff member reads, the staff member is told (in-app, live), and the
 * asker gets one line saying who has the conversation. Handing back to the concierge ends this.
 * Returns null when the conversation is not with a person.
 */
export async function findClaimedHandover(actor: Actor, conversationId: string): Promise<Handover | null> {
  const h = await findHandover({ buildingId: actor.buildingId, handoverId: conversationId });
  return h?.status === "claimed" ? h : null;
}

export async function relayToStaff(
  actor: Actor,
  input: { conversation: ConversationDTO; handover: Handover; text: string; locale: string | null },
): Promise<{ note: string; questionId: string; answerId: string }> {
  const { conversation, handover } = input;
  const building = await getBuilding(actor);
  const { language } = conversationLanguage(input.text, input.locale, building.config.persona.languages);
  const name = handover.assignee?.name || "";
  const note = phrase(language, name ? "withStaff" : "withStaffNoName", { name });
  const at = Date.now();
  const base = { conversationId: conversation.id, buildingId: conversation.buildingId, citations: [] };
  const question: Message = {
    ...base,
    id: newId(),
    role: "user",
    parts: [{ type: "text", text: input.text }],
    missionId: null,
    createdAt: new Date(at).toISOString(),
  };
  const answer: Message = {
    ...base,
    id: newId(),
    role: "assistant",
    parts: [{ type: "text", text: note }],
    missionId: null,
    createdAt: new Date(at + 1).toISOString(),
  };
  await appendMessages({ conversation, messages: [question, answer] });
  await tellAssignee(building, handover, input.text).catch((e) =>
    logger.error("hand-over message notice failed", { handoverId: handover.id, error: String(e) }),
  );
  return { note, questionId: question.id, answerId: answer.id };
}

async function tellAssignee(building: BuildingDTO, h: Handover, text: string) {
  if (!h.assignee) return;
  const user = await findUser({ buildingId: h.buildingId, userId: h.assignee.id });
  if (!user || user.status !== "active") return;
  await notifyPeople(
    [
      {
        id: user.id,
        role: user.role,
        email: user.email,
        name: user.name,
        locale: resolveLocale({ userLocale: user.locale, buildingLocale: building.locale }),
      },
    ],
    {
      buildingId: h.buildingId,
      kind: "mission",
      timeZone: building.timezone,
      text: (t) => ({
        title: t("handover.notice.title", { name: h.asker.name || t("handover.notice.someone") }),
        body: text.slice(0, 500),
      }),
      href: () => `/staff/handovers/${h.id}`,
    },
  );
}
