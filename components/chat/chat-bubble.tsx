import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * One message's row and bubble: the person's own on the right, the answer on the left. Shared by the live chat,
 * the history the stay page renders on the server and the question asked while the chat is still loading, so
 * the three look the same and nothing moves when one takes the other's place.
 */
export function ChatBubble({ from, children }: { from: "user" | "assistant"; children: ReactNode }) {
  const mine = from === "user";
  return (
    <li className={cn("flex", mine ? "justify-end" : "justify-start")} data-testid={`message-${from}`}>
      <div
        className={cn(
          "max-w-[92%] rounded-2xl px-4 py-2 shadow-sm sm:max-w-[80%]",
          mine ? "bg-brand-600 text-white" : "border border-slate-200 bg-white",
        )}
      >
        {children}
      </div>
    </li>
  );
}

/** The person's own words, as typed (never markdown). */
export function UserText({ text }: { text: ReactNode }) {
  return <p className="whitespace-pre-wrap break-words">{text}</p>;
}
