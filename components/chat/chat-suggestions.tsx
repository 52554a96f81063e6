import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { Button } from "@/components/ui/button";

export const SUGGESTIONS = ["quietHours", "checkout", "leak", "recycling", "doorCode", "myTickets"] as const;
export type SuggestionKey = (typeof SUGGESTIONS)[number];

/**
 * Suggested first questions, each a button that asks it. Without `onAsk` (drawn on the server for the stay page's
 * stand-in) the buttons carry `data-suggestion`, and the stand-in takes their clicks (guest-chat-on-demand.tsx).
 */
export function ChatSuggestions({
  suggestions,
  onAsk,
}: {
  suggestions: readonly SuggestionKey[];
  onAsk?: (question: string, event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const t = useTranslations("chat");
  return (
    <section aria-labelledby="chat-suggestions">
      <h2 id="chat-suggestions" className="font-medium text-slate-700 text-sm">
        {t("suggestionsLabel")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {suggestions.map((k) => (
          <li key={k}>
            <Button
              variant="secondary"
              size="sm"
              className="h-auto min-h-8 py-1"
              data-suggestion={k}
              onClick={onAsk ? (e) => onAsk(t(`suggestions.${k}`), e) : undefined}
            >
              {t(`suggestions.${k}`)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
