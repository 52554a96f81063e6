import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveAlarmList } from "@/components/alarms/live-alarm-list";
import { HomeSection } from "@/components/home/section";
import type { Actor } from "@/lib/roles";
import { getAlarmPlaces } from "@/server/services/alarms/alarm-places";
import { listOpenAlarms } from "@/server/services/alarms/list-alarms";

/** The staff home's first section: open alarms, most severe first, live. */
export async function StaffAlarmsSection({ actor }: { actor: Actor }) {
  const [t, places, open] = await Promise.all([
    getTranslations("alarms"),
    getAlarmPlaces(actor),
    listOpenAlarms(actor),
  ]);
  return (
    <HomeSection id="alarms-title" title={t("homeTitle")}>
      <LiveAlarmList
        initial={[...open.active, ...open.acknowledged]}
        places={places}
        mode="open"
        manage
        limit={5}
      />
      <p className="mt-2 text-sm">
        <Link href="/staff/alarms" className="text-brand-700 underline">
          {t("homeAll")}
        </Link>
      </p>
    </HomeSection>
  );
}
