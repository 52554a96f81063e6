"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { type FailedResult, useErrorMessage } from "@/components/ui/use-error-message";

/**
 * What the booking form shows once it is sent: the booked stay with its check-in link, or why it failed. Loaded
 * when the form is sent (booking-form.tsx), not with the page: the alert, the error wording and their icons are
 * not needed before.
 */
export function BookingDone({
  id,
  checkInUrl,
  stayHrefBase,
}: {
  id: string;
  checkInUrl: string;
  stayHrefBase: string;
}) {
  const t = useTranslations("reservations.book");
  // the form gives way to the result: focus follows it, so keyboard and screen reader users land on the link
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => done.current?.focus(), []);
  return (
    <Alert ref={done} tabIndex={-1} tone="success" role="status" title={t("doneTitle")}>
      <p>{t("doneBody")}</p>
      <p className="mt-2 break-all">
        <span className="font-medium">{t("checkinLink")}</span>{" "}
        <a href={checkInUrl} data-testid="checkin-link">
          {checkInUrl}
        </a>
      </p>
      <p className="mt-3">
        <Link href={`${stayHrefBase}/${id}`}>{t("openStay")}</Link>
      </p>
    </Alert>
  );
}

export function BookingFailed({ failed, title }: { failed: FailedResult; title: string }) {
  const errorText = useErrorMessage("stay");
  return <FormError message={errorText(failed)} title={title} />;
}
