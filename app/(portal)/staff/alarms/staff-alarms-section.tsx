import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveAlarmList } from "@/components/alarms/live-alarm-list";
import { HomeSection } from "@/components/home/section";
import { ALARMS_SHOWN, type StaffHome } from "@/server/services/home/get-staff-home";

/**
 * The staff home's first section: the most urgent open alarms, live, with their places (read by getStaffHome
 * from the open alarms summary: only the alarms shown are read in full, issue 19).
 */
export async function StaffAlarmsSection({ alarms }: { alarms: StaffHome["alarms"] }) {
  const t = await getTranslations("alarms");
  return (
    <HomeSection id="alarms-title" title={t("homeTitle")}>
      <LiveAlarmList initial={alarms.shown} places={alarms.places} mode="open" manage limit={ALARMS_SHOWN} />
      <p className="mt-2 text-sm">
        <Link href="/staff/alarms" className="text-brand-700 underline">
          {t("homeAll")}
        </Link>
      </p>
    </HomeSection>
  );
}
