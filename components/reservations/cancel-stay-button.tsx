"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { cancelReservationAction } from "@/server/actions/cancel-reservation";

/** Cancel with a confirmation dialog; the page re-reads the stay after. */
export function CancelStayButton({ id, summary }: { id: string; summary: string }) {
  const t = useTranslations("reservations.cancel");
  const errorText = useErrorMessage("stay");
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
        const r = await cancelReservationAction({ id });
        return r.ok ? null : errorText(r);
      }}
    />
  );
}
