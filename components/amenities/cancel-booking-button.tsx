"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { cancelAmenityBookingAction } from "@/server/actions/cancel-amenity-booking";

/** Cancel with a confirmation dialog; the page re-reads the bookings after. */
export function CancelBookingButton({ id, summary }: { id: string; summary: string }) {
  const t = useTranslations("amenities.mine.cancel");
  const errorText = useErrorMessage();
  return (
    <ConfirmActionButton
      labels={{
        button: t("button"),
        title: t("title"),
        description: t("description", { summary }),
        close: t("close"),
        cancel: t("keep"),
        confirm: t("confirm"),
      }}
      run={async () => {
        const r = await cancelAmenityBookingAction({ id });
        return r.ok ? null : errorText(r);
      }}
    />
  );
}
