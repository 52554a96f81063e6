import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/**
 * The chat's offline notice and its message log (a polite live region holding the list of bubbles): one piece for
 * ChatPanel and the stay page's stand-in, so the two cannot drift apart and the page does not shift when the
 * real chat replaces the stand-in.
 */
export function ChatLog({ offline, children }: { offline: boolean; children: ReactNode }) {
  const t = useTranslations("chat");
  return (
    <>
      {offline ? (
        <Alert tone="info" data-testid="offline-notice">
          {t("offlineNotice")}
        </Alert>
      ) : null}
      <div
        className="flex-1"
        role="log"
        aria-live="polite"
        aria-relevant="additions text"
        aria-label={t("title")}
      >
        <ol className="space-y-3">{children}</ol>
      </div>
    </>
  );
}
