"use client";

import { useTranslations } from "next-intl";
import { MissionProgress } from "@/components/missions/mission-progress";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/cn";
import type { ChatUIMessage } from "@/lib/domain/chat";
import { ChatMarkdown } from "./chat-markdown";
import { CitationList } from "./citation-list";

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
  const text = message.parts
    .filter((p) => p.type === "text")
    .map((p) => p.text)
    .join("\n\n");
  const working = message.parts.some(
    (p) =>
      p.type.startsWith("tool-") &&
      "state" in p &&
      p.state !== "output-available" &&
      p.state !== "output-error",
  );
  const citations = message.parts.flatMap((p) => (p.type === "data-citations" ? p.data : []));
  const missions = message.parts.flatMap((p) => (p.type === "data-mission" ? [p.data.missionId] : []));
  const staff = message.parts.find((p) => p.type === "data-staff");
  return (
    <li
      className={cn("flex", mine ? "justify-end" : "justify-start")}
      data-testid={`message-${message.role}`}
    >
      <div
        className={cn(
          "max-w-[92%] rounded-2xl px-4 py-2 shadow-sm sm:max-w-[80%]",
          mine ? "bg-brand-600 text-white" : "border border-slate-200 bg-white",
        )}
      >
        {staff ? (
          <p className="font-medium text-sky-800 text-xs" data-testid="staff-reply-label">
            {staff.data.name
              ? tHandover("staffLabel", { name: staff.data.name })
              : tHandover("staffLabelNoName")}
          </p>
        ) : (
          <p className={cn("sr-only")}>{mine ? t("you") : t("assistant")}</p>
        )}
        {mine ? (
          <p className="whitespace-pre-wrap break-words">{text}</p>
        ) : (
          <>
            {text ? <ChatMarkdown text={text} /> : null}
            {working ? (
              <p className="flex items-center gap-2 text-slate-600 text-sm">
                <Spinner size="sm" /> {t("toolRunning")}
              </p>
            ) : null}
            <CitationList citations={citations} />
            {missions.map((id) => (
              <MissionProgress key={id} missionId={id} hrefBase={missionHrefBase} />
            ))}
          </>
        )}
      </div>
    </li>
  );
}
