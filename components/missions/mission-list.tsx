import { Bot } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import type { MissionDTO } from "@/lib/domain/mission";
import { MissionStatusBadge } from "./mission-badges";

/** Missions as cards (they read well on a phone and a desk alike), newest first. */
export function MissionList({ missions, hrefBase }: { missions: MissionDTO[]; hrefBase: string }) {
  const t = useTranslations("missions");
  const format = useFormatter();
  if (missions.length === 0) {
    return <EmptyState icon={<Bot />} title={t("emptyTitle")} description={t("emptyBody")} />;
  }
  return (
    <ul className="space-y-3" aria-label={t("listLabel")}>
      {missions.map((m) => {
        const done = m.steps.filter((s) => s.status === "done").length;
        return (
          <li
            key={m.id}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid="mission-row"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link
                href={`${hrefBase}/${m.id}`}
                className="font-semibold text-brand-700 underline-offset-4 hover:underline"
              >
                {m.goal}
              </Link>
              <MissionStatusBadge status={m.status} />
            </div>
            <p className="mt-1 text-slate-700 text-sm">
              {t("requestedBy", { name: m.requestedBy.name ?? m.requestedBy.id })} ·{" "}
              {t("started", {
                date: format.dateTime(new Date(m.createdAt), { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
            <p className="text-slate-600 text-sm">{t("stepCount", { done, total: m.steps.length })}</p>
          </li>
        );
      })}
    </ul>
  );
}
