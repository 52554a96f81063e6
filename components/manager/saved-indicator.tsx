"use client";

import { Check, CircleDot } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

export type SaveState = { kind: "clean" } | { kind: "dirty" } | { kind: "saved"; at: Date };

/** The section's state beside its button, announced politely: unsaved changes, or saved at a time. */
export function SavedIndicator({ state }: { state: SaveState }) {
  const t = useTranslations("settings.form");
  const format = useFormatter();
  return (
    <p role="status" className="flex items-center gap-1.5 text-sm">
      {state.kind === "saved" ? (
        <span className="flex items-center gap-1.5 text-emerald-800" data-testid="saved-indicator">
          <Check aria-hidden="true" className="size-4" />
          {t("savedAt", { time: format.dateTime(state.at, { timeStyle: "short" }) })}
        </span>
      ) : state.kind === "dirty" ? (
        <span className="flex items-center gap-1.5 text-amber-800">
          <CircleDot aria-hidden="true" className="size-4" />
          {t("unsaved")}
        </span>
      ) : null}
    </p>
  );
}
