import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveAlarmList } from "@/components/alarms/live-alarm-list";
import { HomeSection } from "@/components/home/section";
import type { Actor } from "@/lib/roles";
import { getAlarmPlacesFor } from "@/server/services/alarms/alarm-places";
import { listOpenAlarms } from "@/server/services/alarms/list-alarms";

/** The staff home's first section: open alarms, most severe first, live; names read for these alarms only. */
export async function StaffAlarmsSection({ actor }: { actor: Actor }) {
  const [t, open] = await Promise.all([getTranslations("alarms"), listOpenAlarms(actor)]);
  const initial = [...open.active, ...open.acknowledged];
  const places = await getAlarmPlacesFor(actor, initial);
  return (
    <HomeSection id="alarms-title" title={t("homeTitle")}>
      <LiveAlarmList initial={initial} places={places} mode="open" manage limit={5} />
      <p className="mt-2 text-sm">
        <Link href="/staff/alarms" className="text-brand-700 underline">
          {t("homeAll")}
        </Link>
      </p>
    </HomeSection>
  );
}
