"use client";

import { useTranslations } from "next-intl";
import { type FailedResult, useErrorMessage } from "@/components/ui/use-error-message";
import type messages from "@/messages/en/index";

type Refusal = keyof (typeof messages)["amenities"]["refused"];
const isRefusal = (reason: string | undefined, known: object): reason is Refusal =>
  reason !== undefined && Object.hasOwn(known, reason);

/** A refused booking in the person's words: the amenity's own reason when the server gave one, else the code's. */
export function useBookingError() {
  const t = useTranslations("amenities.refused");
  const general = useErrorMessage();
  return (failed: FailedResult) => {
    const reason = failed.details?.reason;
    return isRefusal(reason, REFUSALS) ? t(reason) : general(failed);
  };
}

const REFUSALS: Record<Refusal, true> = {
  amenity_full: true,
  amenity_already_booked: true,
  amenity_weekly_limit: true,
  amenity_off_grid: true,
  amenity_closed: true,
  amenity_too_long: true,
  amenity_in_the_past: true,
  amenity_too_far_ahead: true,
  amenity_not_bookable: true,
};
