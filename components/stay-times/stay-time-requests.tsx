"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { StayTimeKind, StayTimePanel } from "@/lib/domain/stay-time-request";
import { decideStayTimeAction } from "@/server/actions/decide-stay-time";
import { requestStayTimeAction } from "@/server/actions/request-stay-time";

type Props = StayTimePanel & {
  reservationId: string;
  /** may ask (the guest, the host, the front desk) while the stay is live */
  canAsk: boolean;
  /** may approve or decline (the unit's host, staff, managers): asking then sets the time at once */
  canDecide: boolean;
};

/**
 * Early check-in and late check-out on a stay page (issue 17, item 2): each offered kind with its price before
 * sending, the latest request's answer (and a decline's reason), and for the host or front desk approve/decline.
 */
export function StayTimeRequests({ reservationId, offers, requests, canAsk, canDecide }: Props) {
  const t = useTranslations("stayTimes");
  const kinds = (["early_check_in", "late_check_out"] as const).filter(
    (k) => offers.some((o) => o.kind === k) || requests[k],
  );
  const format = useFormatter();
  if (kinds.length === 0) return null;
  const approved = kinds.flatMap((k) => (requests[k]?.status === "approved" ? [requests[k]] : []));
  const total = approved.reduce((s, q) => s + (q?.fee.amountMinor ?? 0), 0);
  return (
    <section
      aria-labelledby="stay-times-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="stay-times"
    >
      <div>
        <h2 id="stay-times-title" className="font-semibold text-lg text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-slate-700 text-sm">{canDecide ? t("introHost") : t("intro")}</p>
      </div>
      {kinds.map((kind) => (
        <KindBlock
          key={kind}
          kind={kind}
          reservationId={reservationId}
          offer={offers.find((o) => o.kind === kind)}
          request={requests[kind]}
          canAsk={canAsk}
          canDecide={canDecide}
        />
      ))}
      {approved.length ? (
        <p className="border-slate-100 border-t pt-3 font-medium text-slate-900 text-sm">
          {t("feeRecorded", {
            fee: format.number(total / 100, {
              style: "currency",
              currency: approved[0]?.fee.currency ?? "EUR",
            }),
          })}
        </p>
      ) : null}
    </section>
  );
}

function KindBlock({
  kind,
  reservationId,
  offer,
  request,
  canAsk,
  canDecide,
}: {
  kind: StayTimeKind;
  reservationId: string;
  offer?: StayTimePanel["offers"][number];
  request?: StayTimePanel["requests"][StayTimeKind];
  canAsk: boolean;
  canDecide: boolean;
}) {
  const t = useTranslations("stayTimes");
  const format = useFormatter();
  const errorText = useErrorMessage("stay");
  const router = useRouter();
  const [time, setTime] = useState(offer?.choices[0] ?? "");
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const money = (m: { amountMinor: number; currency: string }) =>
    format.number(m.amountMinor / 100, { style: "currency", currency: m.currency });
  const headingId = `stay-time-${kind}`;
  const open = request?.status === "pending";

  const ask = () =>
    start(async () => {
      setError(null);
      const r = await requestStayTimeAction({ id: reservationId, request: { kind, time } });
      if (!r.ok) return setError(errorText(r));
      toast.success(t("sent"));
      router.refresh();
    });
  const decide = (decision: "approved" | "declined") =>
    start(async () => {
      if (!request) return;
      setError(null);
      const r = await decideStayTimeAction({
        id: reservationId,
        kind,
        decision: { requestId: request.id, decision, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      });
      if (!r.ok) return setError(errorText(r));
      setDeclining(false);
      toast.success(t("decidedToast"));
      router.refresh();
    });

  return (
    <section aria-labelledby={headingId} className="space-y-2 border-slate-100 border-t pt-3">
      <h3 id={headingId} className="font-medium text-slate-900">
        {t(`kind.${kind}`)}
      </h3>
      {offer ? (
        <p className="text-slate-600 text-sm">{t(`standard.${kind}`, { time: offer.standard })}</p>
      ) : null}
      <div aria-live="polite">
        {request?.status === "approved" ? (
          <Alert tone="success">
            {t("status.approved", { time: request.time, fee: money(request.fee) })}
          </Alert>
        ) : null}
        {request?.status === "declined" ? (
          <Alert tone="warning" title={t("status.declined", { time: request.time })}>
            {request.reason ? t("reasonFrom", { reason: request.reason }) : null}
          </Alert>
        ) : null}
        {request?.status === "cancelled" ? (
          <Alert tone="warning">{t("status.cancelled", { time: request.time })}</Alert>
        ) : null}
        {open ? (
          <p className="font-medium text-slate-900 text-sm">
            {t("status.pending", { time: request.time, fee: money(request.fee) })}
          </p>
        ) : null}
      </div>
      {open && canDecide ? (
        <div className="space-y-3">
          {declining ? (
            <FormField label={t("reason")} name={`reason-${kind}`} hint={t("reasonHint")}>
              <Textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} />
            </FormField>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {declining ? (
              <>
                <Button variant="danger" onClick={() => decide("declined")} loading={pending}>
                  {t("sendDecline")}
                </Button>
                <Button variant="secondary" onClick={() => setDeclining(false)} disabled={pending}>
                  {t("cancel")}
                </Button>
              </>
            ) : (
              <>
                <Button onClick={() => decide("approved")} loading={pending}>
                  {t("approve")}
                </Button>
                <Button variant="secondary" onClick={() => setDeclining(true)} disabled={pending}>
                  {t("decline")}
                </Button>
              </>
            )}
          </div>
        </div>
      ) : null}
      {!open && canAsk && offer ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <FormField
            label={t(`timeLabel.${kind}`)}
            name={`time-${kind}`}
            hint={canDecide ? t("askHostHint") : t("price", { fee: money(offer.fee) })}
            className="sm:w-56"
          >
            <Select
              value={time}
              onChange={(e) => setTime(e.target.value)}
              options={offer.choices.map((c) => ({ value: c, label: c }))}
            />
          </FormField>
          <div className="space-y-1">
            {canDecide ? (
              <p className="text-slate-700 text-sm">{t("price", { fee: money(offer.fee) })}</p>
            ) : null}
            <Button onClick={ask} loading={pending} disabled={!time}>
              {canDecide ? t("askHost") : t("ask")}
            </Button>
          </div>
        </div>
      ) : null}
      <FormError message={error} />
    </section>
  );
}
