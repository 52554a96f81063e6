import "server-only";
import type { Alarm } from "@/lib/domain/alarm";
import { alarmSetting } from "@/lib/domain/alarm-rules";
import type { Building } from "@/lib/domain/building";
import { closestLocale, DEFAULT_LOCALE } from "@/lib/i18n";
import { sendEmail } from "../../email/send-email";
import { translatorFor } from "../../i18n/translator";

/**
 * Emails the building's escalation contact (`alarms.escalation.email`: a monitoring company, the owner) about an
 * alarm, in the building's language, through the outbox like every email. No contact: nothing is sent.
 */
export async function escalate(
  building: Building,
  alarm: Pick<Alarm, "id" | "cause" | "startedAt">,
  where: { unit: string | null; device: string },
): Promise<boolean> {
  const to = alarmSetting(building.config.alarms, "escalation").email;
  if (!to) return false;
  const locale = closestLocale(building.locale) ?? DEFAULT_LOCALE;
  const { t, format } = translatorFor(locale, building.timezone);
  const place = where.unit ? t("alarms.place.unit", { unit: where.unit }) : t("alarms.place.common");
  const cause = t(`alarms.cause.${alarm.cause}`);
  const values = {
    cause,
    place,
    device: where.device,
    building: building.name,
    time: format.dateTime(new Date(alarm.startedAt), { dateStyle: "medium", timeStyle: "short" }),
  };
  await sendEmail({
    buildingId: building.id,
    to,
    subject: t("alarms.escalation.subject", values),
    text: `${t("alarms.escalation.body", values)}\n`,
    kind: "alarm_escalation",
  });
  return true;
}
