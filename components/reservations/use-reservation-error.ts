"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ErrorCode } from "@/lib/errors";
import { asDay, DAY_FORMAT } from "@/lib/format";

/**
 * A failed action in the person's language. The server's messages are English (they serve the JSON API too);
 * a 409 on booking names the nights already taken, which are read back from it and formatted here.
 */
export function useReservationError() {
  const t = useTranslations("reservations.errors");
  const format = useFormatter();
  return (code: ErrorCode, message?: string) => {
    const dates = code === "conflict" ? (message?.match(/\d{4}-\d{2}-\d{2}/g) ?? []) : [];
    if (dates.length) {
      return t("taken", { dates: format.list(dates.map((d) => format.dateTime(asDay(d), DAY_FORMAT))) });
    }
    return t(code);
  };
}
