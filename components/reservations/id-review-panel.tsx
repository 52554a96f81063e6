"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { IdReview } from "@/lib/domain/reservation";
import { reviewIdDocumentsAction } from "@/server/actions/review-id-documents";

/**
 * Staff decide on the guest's ID: approve, or reject with a reason the guest reads on their check-in page. Shown
 * under the document links; the decision buttons only while the review is pending.
 */
export function IdReviewPanel({
  id,
  review,
  hasDocuments,
  waitsForApproval,
}: {
  id: string;
  review: Pick<IdReview, "status" | "reason"> | null;
  hasDocuments: boolean;
  waitsForApproval: boolean;
}) {
  const t = useTranslations("idReview.staff");
  const errorText = useErrorMessage("stay");
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string[] | undefined>();
  const [pending, start] = useTransition();
  const status = review?.status ?? (hasDocuments ? "pending" : null);

  const decide = (decision: "approved" | "rejected") =>
    start(async () => {
      setError(null);
      setFieldError(undefined);
      if (decision === "rejected" && !reason.trim()) return setFieldError([t("reasonRequired")]);
      const r = await reviewIdDocumentsAction({
        id,
        review: decision === "approved" ? { decision } : { decision, reason: reason.trim() },
      });
      if (!r.ok) return setError(errorText(r));
      setRejecting(false);
      setReason("");
      router.refresh();
    });

  return (
    <div className="space-y-3" data-testid="id-review">
      <p className="text-slate-700 text-sm">{waitsForApproval ? t("waits") : t("doesNotWait")}</p>
      <div aria-live="polite">
        {status === "approved" ? <Alert tone="success">{t("approved")}</Alert> : null}
        {status === "rejected" ? (
          <Alert tone="warning" title={t("rejected")}>
            {review?.reason}
          </Alert>
        ) : null}
        {status === "pending" ? <p className="font-medium text-slate-900 text-sm">{t("pending")}</p> : null}
      </div>
      {status === "pending" ? (
        <div className="space-y-3">
          {rejecting ? (
            <FormField label={t("reason")} name="reason" hint={t("reasonHint")} error={fieldError} required>
              <Textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} />
            </FormField>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {rejecting ? (
              <>
                <Button variant="danger" onClick={() => decide("rejected")} loading={pending}>
                  {t("sendRejection")}
                </Button>
                <Button variant="secondary" onClick={() => setRejecting(false)} disabled={pending}>
                  {t("cancel")}
                </Button>
              </>
            ) : (
              <>
                <Button onClick={() => decide("approved")} loading={pending}>
                  {t("approve")}
                </Button>
                <Button variant="secondary" onClick={() => setRejecting(true)} disabled={pending}>
                  {t("reject")}
                </Button>
              </>
            )}
          </div>
        </div>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
