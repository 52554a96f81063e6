import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { Button } from "@/components/ui/button";

export const SUGGESTIONS = ["quietHours", "checkout", "leak", "recycling", "doorCode", "myTickets"] as const;
export type SuggestionKey = (typeof SUGGESTIONS)[number];

/** Suggested first questions, each a button that asks it. */
export function ChatSuggestions({
  suggestions,
  onAsk,
}: {
  suggestions: readonly SuggestionKey[];
  onAsk: (question: string, event: MouseEvent<HTMLButtonElement>) => void;
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
              onClick={(e) => onAsk(t(`suggestions.${k}`), e)}
            >
              {t(`suggestions.${k}`)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
