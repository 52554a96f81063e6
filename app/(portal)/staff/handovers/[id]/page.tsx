import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { HandoverActions } from "@/components/handover/handover-actions";
import { HandoverThread } from "@/components/handover/handover-thread";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import { getHandover } from "@/server/services/handover/get-handover";
import { listAssignees } from "@/server/services/handover/list-assignees";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handover"))("detailMetaTitle") };
}

/** One handed-over conversation: the asker, the whole thread, and take / reply / hand back. */
export default rolePage(
  ["staff", "manager"],
  async function HandoverPage(actor, { params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    if (!idSchema.safeParse(id).success) notFound();
    const { handover: h, messages } = await getHandover(actor, id).catch((e) => {
      if (e instanceof AppError && e.code === "not_found") notFound();
      throw e;
    });
    const [t, format, assignees] = await Promise.all([
      getTranslations("handover"),
      getFormatter(),
      listAssignees(actor),
    ]);
    const asker = h.asker.name || h.asker.id;
    return (
      <div className="space-y-4">
        <Link
          href="/staff/handovers"
          className="inline-flex items-center gap-1 text-brand-700 text-sm underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4" /> {t("back")}
        </Link>
        <PageHeader
          title={asker}
          description={t("waitingSince", {
            date: format.dateTime(new Date(h.openedAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
          actions={
            <Badge
              tone={h.status === "open" ? "warning" : h.status === "claimed" ? "info" : "neutral"}
              data-testid="handover-status"
            >
              {h.assignee ? t("assignedTo", { name: h.assignee.name }) : t(`tabs.${h.status}`)}
            </Badge>
          }
        />
        <section
          aria-labelledby="asker-title"
          className="rounded-md border border-slate-200 bg-white p-3 text-sm"
        >
          <h2 id="asker-title" className="font-semibold text-slate-900">
            {t("asker")}
          </h2>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <dt className="text-slate-500">{t("asker")}</dt>
            <dd>
              {asker} · {t(`role.${h.asker.role}`)}
            </dd>
            {h.asker.units.length ? (
              <>
                <dt className="text-slate-500">{t("units", { units: "" }).trim()}</dt>
                <dd>{h.asker.units.join(", ")}</dd>
              </>
            ) : null}
            {h.asker.reservationId ? (
              <>
                <dt className="text-slate-500">{t("stay")}</dt>
                <dd>
                  <Link
                    className="text-brand-700 underline"
                    href={`/staff/reservations/${h.asker.reservationId}`}
                  >
                    {h.asker.reservationId}
                  </Link>
                </dd>
              </>
            ) : null}
            {h.asker.email ? (
              <>
                <dt className="text-slate-500">{t("emailLabel")}</dt>
                <dd className="break-all">{h.asker.email}</dd>
              </>
            ) : null}
            <dt className="text-slate-500">{t("reasonLabel")}</dt>
            <dd className="break-words">
              {h.source === "unanswered" ? <>{t("unanswered")}: </> : null}
              <q>{h.reason}</q>
            </dd>
          </dl>
        </section>
        <section aria-labelledby="thread-title" className="space-y-2">
          <h2 id="thread-title" className="font-semibold text-lg text-slate-900">
            {t("thread")}
          </h2>
          <HandoverThread messages={messages} askerName={asker} />
        </section>
        <HandoverActions
          handoverId={h.id}
          status={h.status}
          mine={h.assignee?.id === actor.id}
          assignees={assignees}
          assigneeId={h.assignee?.id ?? null}
        />
      </div>
    );
  },
);
