"use client";

import { useTranslations } from "next-intl";
import { MissionProgress } from "@/components/missions/mission-progress";
import { Spinner } from "@/components/ui/spinner";
import type { ChatUIMessage } from "@/lib/domain/chat";
import { ChatBubble, UserText } from "./chat-bubble";
import { ChatMarkdown } from "./chat-markdown";
import { CitationList } from "./citation-list";
import { citationsOf, staffOf, textOf } from "./message-parts";

/** One message: the user's text, or the answer (markdown, tools at work, citations, the mission it started). */
export function ChatMessage({
  message,
  missionHrefBase,
}: {
  message: ChatUIMessage;
  missionHrefBase: string | null;
}) {
  const t = useTranslations("chat");
  const tHandover = useTranslations("handover");
  const mine = message.role === "user";
  const text = textOf(message);
  const working = message.parts.some(
    (p) =>
      p.type.startsWith("tool-") &&
      "state" in p &&
      p.state !== "output-available" &&
      p.state !== "output-error",
  );
  const missions = message.parts.flatMap((p) => (p.type === "data-mission" ? [p.data.missionId] : []));
  const staff = staffOf(message);
  return (
    <ChatBubble from={mine ? "user" : "assistant"}>
      {staff ? (
        <p className="font-medium text-sky-800 text-xs" data-testid="staff-reply-label">
          {staff.name ? tHandover("staffLabel", { name: staff.name }) : tHandover("staffLabelNoName")}
        </p>
      ) : (
        <p className="sr-only">{mine ? t("you") : t("assistant")}</p>
      )}
      {mine ? (
        <UserText text={text} />
      ) : (
        <>
          {text ? <ChatMarkdown text={text} /> : null}
          {working ? (
            <p className="flex items-center gap-2 text-slate-600 text-sm">
              <Spinner size="sm" /> {t("toolRunning")}
            </p>
          ) : null}
          <CitationList citations={citationsOf(message)} />
          {missions.map((id) => (
            <MissionProgress key={id} missionId={id} hrefBase={missionHrefBase} />
          ))}
        </>
      )}
    </ChatBubble>
  );
}
