"use client";

import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";

/** A failed manager action's message in the person's language, by error code (the server's text is English). */
export function useManagerError() {
  const t = useTranslations("settings.codes");
  return (code: ErrorCode) => t(code);
}

/** Moves focus to the first field marked invalid, after React has rendered the messages. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
}
