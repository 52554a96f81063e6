import { Inbox } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { Handover } from "@/lib/domain/handover";

/** The inbox rows: who asked, their unit or stay, why, since when, and who took it. */
export function HandoverList({ items }: { items: Handover[] }) {
  const t = useTranslations("handover");
  const format = useFormatter();
  if (!items.length)
    return <EmptyState icon={<Inbox />} title={t("emptyTitle")} description={t("emptyBody")} />;
  return (
    <ul className="space-y-2" aria-label={t("listLabel")}>
      {items.map((h) => (
        <li key={h.id} data-testid="handover-row">
          <Link
            href={`/staff/handovers/${h.id}`}
            className="block rounded-md border border-slate-200 bg-white p-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium text-slate-900">
                {h.asker.name || h.asker.id} · {t(`role.${h.asker.role}`)}
                {h.asker.units.length ? ` · ${t("units", { units: h.asker.units.join(", ") })}` : ""}
                {h.asker.reservationId ? ` · ${t("stay")}` : ""}
              </p>
              <div className="flex gap-1">
                {h.urgent ? <Badge tone="danger">{t("urgent")}</Badge> : null}
                <Badge tone={h.assignee ? "info" : "warning"}>
                  {h.assignee ? t("assignedTo", { name: h.assignee.name }) : t("unassigned")}
                </Badge>
              </div>
            </div>
            <p className="mt-1 break-words text-slate-700 text-sm">
              {h.source === "unanswered" ? t("unanswered") : <q>{h.reason}</q>}
            </p>
            <p className="mt-1 text-slate-500 text-xs">
              {t("waitingSince", {
                date: format.dateTime(new Date(h.openedAt), { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
