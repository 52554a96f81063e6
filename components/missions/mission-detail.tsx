import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import type { MissionDTO } from "@/lib/domain/mission";
import { CancelMissionButton } from "./cancel-mission-button";
import { DecideStepButtons } from "./decide-step-buttons";
import { MissionStatusBadge } from "./mission-badges";
import { MissionSteps } from "./mission-steps";

/** One mission's page: its goal, who asked, and each step; staff get approve/decline on a waiting step. */
export function MissionDetail({
  mission,
  backHref,
  ticketHrefBase,
  canDecide,
}: {
  mission: MissionDTO;
  backHref: string;
  ticketHrefBase: string;
  canDecide: boolean;
}) {
  const t = useTranslations("missions");
  const format = useFormatter();
  return (
    <div className="space-y-4">
      <Link href={backHref} className="inline-flex items-center gap-1 text-brand-700 text-sm underline">
        <ArrowLeft aria-hidden="true" className="size-4" /> {t("back")}
      </Link>
      <PageHeader
        title={mission.goal}
        description={`${t("requestedBy", { name: mission.requestedBy.name ?? mission.requestedBy.id })} · ${t(
          "started",
          {
            date: format.dateTime(new Date(mission.createdAt), { dateStyle: "medium", timeStyle: "short" }),
          },
        )}`}
        actions={<MissionStatusBadge status={mission.status} />}
      />
      {["planned", "awaiting_approval", "scheduled"].includes(mission.status) ? (
        <CancelMissionButton missionId={mission.id} />
      ) : null}
      <section aria-labelledby="mission-steps-title" className="space-y-2">
        <h2 id="mission-steps-title" className="font-semibold text-lg text-slate-900">
          {t("steps")}
        </h2>
        <MissionSteps
          mission={mission}
          ticketHrefBase={ticketHrefBase}
          actionsFor={
            canDecide
              ? (s) =>
                  s.status === "awaiting_approval" ? (
                    <DecideStepButtons missionId={mission.id} stepId={s.id} />
                  ) : null
              : undefined
          }
        />
      </section>
    </div>
  );
}
