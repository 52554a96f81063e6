import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { LiveAlarmList } from "@/components/alarms/live-alarm-list";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/lib/cn";
import { getAlarmPlaces } from "@/server/services/alarms/alarm-places";
import { listAlarms, listOpenAlarms } from "@/server/services/alarms/list-alarms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alarms"))("metaTitle") };
}

/** Open alarms (active first, most severe first) or the cleared ones, kept current by the live stream. */
export default rolePage(
  ["staff", "manager"],
  async function StaffAlarmsPage(actor, { searchParams }: { searchParams: Promise<{ status?: string }> }) {
    const cleared = (await searchParams).status === "cleared";
    const [t, places, alarms] = await Promise.all([
      getTranslations("alarms"),
      getAlarmPlaces(actor),
      cleared
        ? listAlarms(actor, { status: "cleared", limit: 100 }).then((p) => p.items)
        : listOpenAlarms(actor).then((o) => [...o.active, ...o.acknowledged]),
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
        <PageHeader title={t("title")} description={t("description")} />
        <nav aria-label={t("tabsLabel")} className="flex gap-2">
          <Link href="/staff/alarms" className={tab(!cleared)} aria-current={!cleared ? "page" : undefined}>
            {t("open")}
          </Link>
          <Link
            href="/staff/alarms?status=cleared"
            className={tab(cleared)}
            aria-current={cleared ? "page" : undefined}
          >
            {t("cleared")}
          </Link>
        </nav>
        <LiveAlarmList
          key={cleared ? "cleared" : "open"}
          initial={alarms}
          places={places}
          mode={cleared ? "cleared" : "open"}
          manage
        />
      </div>
    );
  },
);
