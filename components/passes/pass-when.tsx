import { getFormatter, getTranslations } from "next-intl/server";
import type { PassSchedule } from "@/lib/domain/pass";

/** A pass's schedule in words, in the building's time zone. */
export async function PassWhen({ schedule: s, timeZone }: { schedule: PassSchedule; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("passes"), getFormatter()]);
  if (s.kind === "weekly") {
    const day = (d: string) =>
      format.dateTime(new Date(`${d}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
    return (
      <>
        {t("when.weekly", {
          days: s.weekdays.map((d) => t(`weekdays.${d}`)).join(", "),
          start: s.startTime,
          end: s.endTime,
          from: day(s.from),
          until: day(s.until),
        })}
      </>
    );
  }
  const at = (iso: string) =>
    format.dateTime(new Date(iso), {
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
    });
  return <>{t(`when.${s.kind}`, { from: at(s.from), until: at(s.until) })}</>;
}
