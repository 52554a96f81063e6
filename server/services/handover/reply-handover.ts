import "server-only";
import type { Message } from "@/lib/domain/conversation";
import type { Handover } from "@/lib/domain/handover";
import { newId } from "@/lib/domain/ids";
import { conflict } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { findBuilding } from "../../db/buildings";
import { appendMessages, getConversation, listMessages } from "../../db/conversations";
import { updateHandover } from "../../db/handovers";
import { sendEmail } from "../../email/send-email";
import { resolveLocale } from "../../i18n/resolve-locale";
import { translatorFor } from "../../i18n/translator";
import { publishLiveUpdate } from "../../live/live-updates";
import { logger } from "../../logger";
import { recordAudit } from "../audit/audit";
import { laterThan, loadHandoverFor } from "./handover-access";

/** Someone whose last message is older than this has probably left the chat: the reply also goes by email. */
export const AWAY_AFTER_MS = 5 * 60_000;

/**
 * A staff reply into the asker's own chat: stored in the conversation as an answer marked as a person's (a
 * `data-staff` part with the replier's name), sent live to the asker's open pages, and by email when the asker
 * seems away. Replying takes an untaken hand-over; the first reply's time feeds the response-time figures.
 */
export async function replyToHandover(
  actor: Actor,
  handoverId: string,
  input: { text: string },
  now = new Date(),
): Promise<{ handover: Handover; message: Message; emailed: boolean }> {
  const h = await loadHandoverFor(actor, handoverId);
  if (h.status === "closed") throw conflict("This conversation was handed back to the concierge.");
  const b = { buildingId: h.buildingId };
  const conversation = await getConversation({ ...b, conversationId: h.conversationId });
  const last = await listMessages({ ...b, conversationId: h.conversationId, ascending: false, limit: 10 });
  const at = laterThan(conversation.updatedAt);
  const message: Message = {
    id: newId(),
    conversationId: conversation.id,
    buildingId: h.buildingId,
    role: "assistant",
    parts: [
      { type: "data-staff", data: { name: actor.name ?? "" } },
      { type: "text", text: input.text },
    ],
    citations: [],
    missionId: null,
    createdAt: at,
  };
  await appendMessages({ conversation, messages: [message] });
  const handover = await updateHandover({
    ...b,
    handoverId: h.id,
    set: {
      status: "claimed",
      assignee: h.assignee ?? { id: actor.id, name: actor.name ?? "" },
      firstReplyAt: h.firstReplyAt ?? at,
      updatedAt: laterThan(h.updatedAt),
    },
    expectedUpdatedAt: h.updatedAt,
  });
  publishLiveUpdate(h.buildingId, {
    type: "staffReply",
    userId: conversation.userId,
    conversationId: conversation.id,
    message: { id: message.id, role: "assistant", parts: message.parts },
  });
  const lastFromAsker = last.items.find((m) => m.role === "user");
  const away = !lastFromAsker || now.getTime() - Date.parse(lastFromAsker.createdAt) > AWAY_AFTER_MS;
  const emailed = away && h.asker.email ? await emailAsker(h, actor, input.text) : false;
  await recordAudit(actor, "handover.reply", { type: "handover", id: h.id }, "success", { emailed }).catch(
    () => undefined,
  );
  return { handover, message, emailed };
}

async function emailAsker(h: Handover, actor: Actor, text: string): Promise<boolean> {
  try {
    const building = await findBuilding({ buildingId: h.buildingId });
    if (!building || !h.asker.email || /\.invalid$/i.test(h.asker.email)) return false;
    const locale = resolveLocale({ userLocale: h.asker.locale, buildingLocale: building.locale });
    const { t } = translatorFor(locale, building.timezone);
    const staff = actor.name || t("handover.staffLabelNoName");
    await sendEmail({
      buildingId: h.buildingId,
      to: h.asker.email,
      subject: t("handover.email.subject", { building: building.name }),
      text: [
        t("handover.email.greeting", { name: h.asker.name }),
        "",
        t("handover.email.body", { staff }),
        "",
        text,
        "",
        t("handover.email.footer"),
      ].join("\n"),
      kind: "handover_reply",
    });
    return true;
  } catch (e) {
    logger.error("hand-over reply email not recorded", { handoverId: h.id, error: String(e) });
    return false;
  }
}
