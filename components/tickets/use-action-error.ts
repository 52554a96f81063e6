"use client";

import { useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";

/**
 * A failed action's message in the person's language. The server's own messages are English (they also serve
 * the JSON API), so the form says the same thing by error code; field problems are worded by each form.
 */
export function useActionError() {
  const t = useTranslations("tickets.errors");
  return (code: ErrorCode) => t(code);
}
