import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
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
  const format = useFormatter();
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
            {doorFacts(s) ? (
              <DoorUnlockFacts facts={doorFacts(s) as DoorFacts} />
            ) : (
              <p className="mt-1 text-slate-700 text-sm">{s.title}</p>
            )}
            {s.runAt && ["pending", "approved", "awaiting_approval"].includes(s.status) ? (
              <p className="mt-1 text-sky-800 text-xs" data-testid="step-run-at">
                {t("scheduledFor", {
                  time: format.dateTime(new Date(s.runAt), { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
            ) : null}
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

type DoorFacts = { door: string; unit: string; visitor: string; at: string | null };

/** A door unlock's structured facts, as the director stored them (older steps have none: their title shows). */
function doorFacts(s: MissionStep): DoorFacts | null {
  const f = s.kind === "device_command" ? (s.input as { approval?: Partial<DoorFacts> }).approval : undefined;
  if (!f || typeof f.door !== "string" || typeof f.unit !== "string" || typeof f.visitor !== "string")
    return null;
  return { door: f.door, unit: f.unit, visitor: f.visitor, at: typeof f.at === "string" ? f.at : null };
}

/**
 * What an approver reads for an unlock: a fixed sentence naming the door and unit, then the facts; the words the
 * requester (through the model) chose appear only as quoted data, never as the request itself.
 */
function DoorUnlockFacts({ facts }: { facts: DoorFacts }) {
  const t = useTranslations("missions.doorUnlock");
  return (
    <div className="mt-1 text-slate-700 text-sm" data-testid="door-unlock-facts">
      <p>{t("title", { door: facts.door, unit: facts.unit })}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-slate-500">{t("door")}</dt>
        <dd>{facts.door}</dd>
        <dt className="text-slate-500">{t("unit")}</dt>
        <dd>{facts.unit}</dd>
        <dt className="text-slate-500">{t("when")}</dt>
        <dd>{facts.at ? <q className="font-mono">{facts.at}</q> : t("whenNow")}</dd>
        <dt className="text-slate-500">{t("visitor")}</dt>
        <dd>
          <q className="break-all font-mono">{facts.visitor}</q>
        </dd>
      </dl>
      <p className="mt-1 text-slate-500 text-xs">{t("quotedNote")}</p>
    </div>
  );
}
