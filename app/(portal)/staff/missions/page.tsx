import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { LiveMissionList } from "@/components/missions/live-mission-list";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/lib/cn";
import { listMissions } from "@/server/services/missions/list-missions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("metaTitle") };
}

/** Every mission of the building, or only those waiting for approval, kept current by the live stream. */
export default rolePage(
  ["staff", "manager"],
  async function StaffMissionsPage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<{ status?: string }>;
    },
  ) {
    const waitingOnly = (await searchParams).status === "awaiting_approval";
    const [t, page] = await Promise.all([
      getTranslations("missions"),
      listMissions(actor, { status: waitingOnly ? "awaiting_approval" : undefined, limit: 50 }),
    ]);
    const tab = (active: boolean) =>
      cn(
        "rounded-full px-3 py-1 text-sm",
        active
          ? "bg-brand-600 text-white"
          : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
      );
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("staffDescription")} />
        <nav aria-label={t("filterLabel")} className="flex gap-2">
          <Link
            href="/staff/missions"
            className={tab(!waitingOnly)}
            aria-current={!waitingOnly ? "page" : undefined}
          >
            {t("all")}
          </Link>
          <Link
            href="/staff/missions?status=awaiting_approval"
            className={tab(waitingOnly)}
            aria-current={waitingOnly ? "page" : undefined}
          >
            {t("waiting")}
          </Link>
        </nav>
        <LiveMissionList
          key={waitingOnly ? "waiting" : "all"}
          initial={page.items}
          hrefBase="/staff/missions"
          status={waitingOnly ? "awaiting_approval" : undefined}
        />
      </div>
    );
  },
);
