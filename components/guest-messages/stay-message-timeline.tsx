"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { type FailedResult, useErrorMessage } from "@/components/ui/use-error-message";
import type { MessageMoment, OutgoingStatus, StayTimeline } from "@/lib/domain/guest-message";
import { pauseStayMessagesAction, resendStayMessageAction } from "@/server/actions/guest-messages";

const TONE: Record<OutgoingStatus, BadgeTone> = {
  scheduled: "info",
  paused: "warning",
  sending: "info",
  sent: "success",
  failed: "danger",
  skipped: "neutral",
  cancelled: "neutral",
};

/**
 * A stay's message timeline for staff: each moment's message with its status, time and channels, the guest's
 * email replies, and pause/resume and "send now" (the result is announced to screen readers).
 */
export function StayMessageTimeline({
  id,
  timeline,
  canManage,
}: {
  id: string;
  timeline: StayTimeline;
  canManage: boolean;
}) {
  const t = useTranslations("guestMessages.timeline");
  const tm = useTranslations("guestMessages.moments");
  const format = useFormatter();
  const errorText = useErrorMessage("stay");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

  const run = (call: () => Promise<{ ok: true } | ({ ok: false } & FailedResult)>, okText: string) =>
    start(async () => {
      setError(null);
      setDone(null);
      const r = await call();
      if (!r.ok) return setError(errorText(r));
      setDone(okText);
      router.refresh();
    });

  return (
    <div className="space-y-4" data-testid="stay-messages">
      {timeline.paused ? <p className="font-medium text-amber-800 text-sm">{t("pausedNote")}</p> : null}
      {timeline.entries.length === 0 ? (
        <p className="text-slate-600 text-sm">{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {timeline.entries.map((e) =>
            e.kind === "outgoing" ? (
              <li key={`out-${e.moment}`} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-slate-900">{tm(e.moment)}</span>
                  <Badge tone={TONE[e.status]}>{t(`status.${e.status}`)}</Badge>
                </div>
                <p className="mt-1 text-slate-600 text-sm">
                  {e.status === "sent" || e.status === "failed"
                    ? t("sentAt", { at: when(e.at) })
                    : t("dueAt", { at: when(e.dueAt) })}
                  {e.deliveries.length
                    ? ` · ${e.deliveries
                        .slice(-2)
                        .map((d) => `${t(`channel.${d.channel}`)}: ${t(`delivery.${d.status}`)}`)
                        .join(", ")}`
                    : ""}
                </p>
                {e.subject ? <p className="mt-1 text-slate-800 text-sm">{e.subject}</p> : null}
                {canManage && e.status !== "sending" && e.status !== "cancelled" ? (
                  <Button
                    className="mt-2"
                    size="sm"
                    variant="secondary"
                    disabled={pending}
                    aria-label={`${e.status === "sent" ? t("resend") : t("sendNow")}: ${tm(e.moment)}`}
                    onClick={() =>
                      run(
                        () => resendStayMessageAction({ id, moment: e.moment as MessageMoment }),
                        t("resent", { moment: tm(e.moment) }),
                      )
                    }
                  >
                    {e.status === "sent" ? t("resend") : t("sendNow")}
                  </Button>
                ) : null}
              </li>
            ) : (
              <li key={`in-${e.id}`} className="rounded-md border border-brand-200 bg-brand-50 p-3">
                <p className="font-medium text-slate-900 text-sm">
                  {t(e.fromGuest ? "replyFromGuest" : "replyFrom", { from: e.from, at: when(e.at) })}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-800 text-sm">{e.text}</p>
              </li>
            ),
          )}
        </ol>
      )}
      {timeline.replyAddress ? (
        <p className="break-all text-slate-600 text-xs">
          {t("replyAddress", { address: timeline.replyAddress })}
        </p>
      ) : null}
      {canManage ? (
        <Button
          variant="secondary"
          loading={pending}
          onClick={() =>
            run(
              () => pauseStayMessagesAction({ id, paused: !timeline.paused }),
              timeline.paused ? t("resumed") : t("pausedDone"),
            )
          }
        >
          {timeline.paused ? t("resume") : t("pause")}
        </Button>
      ) : null}
      <p role="status" className="text-emerald-800 text-sm">
        {done}
      </p>
      <FormError message={error} />
    </div>
  );
}
