import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { MissionDTO, MissionStep } from "@/lib/domain/mission";
import { StepStatusBadge } from "./mission-badges";

/** The mission's ordered steps with their status, error and result (a ticket links to its page). */
export function MissionSteps({
  mission,
  ticketHrefBase,
  actionsFor,
}: {
  mission: MissionDTO;
  /** e.g. `/staff/tickets`; null: no link (guests) */
  ticketHrefBase: string | null;
  /** staff: approve/decline buttons for a step waiting on them */
  actionsFor?: (step: MissionStep) => ReactNode;
}) {
  const t = useTranslations("missions");
  return (
    <ol className="space-y-2" aria-label={t("steps")}>
      {mission.steps.map((s, i) => {
        const ticketId = (s.result as { ticketId?: string } | null)?.ticketId;
        return (
          <li
            key={s.id}
            className="rounded-md border border-slate-200 bg-white p-3"
            data-testid="mission-step"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium text-slate-900 text-sm">
                {i + 1}. {t(`kind.${s.kind}`)}
              </p>
              <StepStatusBadge status={s.status} />
            </div>
            <p className="mt-1 text-slate-700 text-sm">{s.title}</p>
            {s.requiresApproval && s.status === "awaiting_approval" ? (
              <p className="mt-1 text-amber-800 text-xs">{t("needsApproval")}</p>
            ) : null}
            {s.error ? (
              <p className="mt-1 text-red-800 text-sm" role="status">
                {s.error}
              </p>
            ) : null}
            {ticketId && ticketHrefBase ? (
              <Link
                href={`${ticketHrefBase}/${ticketId}`}
                className="mt-1 inline-block text-brand-700 text-sm underline"
              >
                {t("ticketLink")}
              </Link>
            ) : null}
            {actionsFor ? actionsFor(s) : null}
          </li>
        );
      })}
    </ol>
  );
}
