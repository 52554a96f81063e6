import type { ChatUIMessage } from "@/lib/domain/chat";

/** A message's text parts, joined as one markdown text. */
export const textOf = (message: ChatUIMessage) =>
  message.parts
    .filter((p) => p.type === "text")
    .map((p) => p.text)
    .join("\n\n");

export const citationsOf = (message: ChatUIMessage) =>
  message.parts.flatMap((p) => (p.type === "data-citations" ? p.data : []));

/** The staff member who wrote this reply (a handed-over conversation), if a person did. */
export const staffOf = (message: ChatUIMessage) =>
  message.parts.find((p) => p.type === "data-staff")?.data ?? null;
