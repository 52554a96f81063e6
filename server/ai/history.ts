import "server-only";
import type { ModelMessage } from "ai";
import type { Message } from "@/lib/domain/conversation";

/** The text of a stored message's parts (tool and data parts are UI, not conversation, for the model). */
export const textOf = (m: Pick<Message, "parts">) =>
  m.parts
    .filter((p) => p.type === "text" && typeof p.text === "string")
    .map((p) => String(p.text))
    .join("\n")
    .trim();

/** Stored messages as the model's history: text only, user and assistant turns. */
export function toModelHistory(stored: Message[]): ModelMessage[] {
  return stored.flatMap((m): ModelMessage[] => {
    const text = textOf(m);
    if (!text || m.role === "system") return [];
    return [{ role: m.role, content: text }];
  });
}

/**
 * A retry resends the last question: when it is the last stored question, the history stops before it, it is
 * not stored twice, and the answers stored after it are replaced by the new one (`replaces`), so the
 * conversation keeps one answer per question.
 */
export function historyForTurn(
  stored: Message[],
  text: string,
  retry: boolean,
): { history: Message[]; storeQuestion: boolean; replaces: string[] } {
  if (retry) {
    const i = stored.findLastIndex((m) => m.role === "user");
    if (i >= 0 && textOf(stored[i]) === text.trim())
      return {
        history: stored.slice(0, i),
        storeQuestion: false,
        replaces: stored.slice(i + 1).map((m) => m.id),
      };
  }
  return { history: stored, storeQuestion: true, replaces: [] };
}
