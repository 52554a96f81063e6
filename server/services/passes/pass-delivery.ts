import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Pass } from "@/lib/domain/pass";
import { closestLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { config } from "../../config";
import { sendEmail } from "../../email/send-email";
import { translatorFor } from "../../i18n/translator";
import { logger } from "../../logger";

/** The public page of a pass: whoever holds the link sees the holder's name, the PIN and when it works. */
export function passLink(token: string): string {
  return new URL(`/pass/${token}`, config().APP_URL).toString();
}

/** The pass's email in one language: subject and text (pure, so each language's words are testable). */
export function passEmail(
  p: Pass,
  building: Pick<Building, "name" | "timezone">,
  link: string | null,
  locale: Locale,
): { subject: string; text: string } {
  const { t, format } = translatorFor(locale, building.timezone);
  const s = p.schedule;
  const when =
    s.kind === "weekly"
      ? t("lifeNotices.passDelivered.weekly", {
          days: s.weekdays.map((d) => t(`passes.weekdays.${d}`)).join(", "),
          start: s.startTime,
          end: s.endTime,
          from: s.from,
          until: s.until,
        })
      : t("lifeNotices.passDelivered.once", {
          from: format.dateTime(new Date(s.from), { dateStyle: "medium", timeStyle: "short" }),
          until: format.dateTime(new Date(s.until), { dateStyle: "medium", timeStyle: "short" }),
        });
  const text = [
    t("lifeNotices.passDelivered.gave", { issuer: p.issuedBy.name, building: building.name }),
    t("lifeNotices.passDelivered.pin", { pin: p.pin }),
    t("lifeNotices.passDelivered.works", { when, zone: building.timezone }),
    link ? `\n${link}` : "",
  ].join("\n");
  return { subject: t("lifeNotices.passDelivered.subject", { building: building.name }), text: `${text}\n` };
}

/**
 * An email delivery: the PIN, when it works and the link, to the holder (through the outbox, like every email).
 * The holder has no account, so the words are in the building's language. A consequence of an issued or approved
 * pass: a failure is logged, never undoes it. Link deliveries send nothing.
 */
export async function deliverPass(
  p: Pass,
  building: Pick<Building, "name" | "timezone" | "locale">,
  link: string | null,
) {
  if (p.delivery !== "email" || !p.holder.email || p.status !== "active") return;
  const { subject, text } = passEmail(p, building, link, closestLocale(building.locale) ?? DEFAULT_LOCALE);
  await sendEmail({ buildingId: p.buildingId, to: p.holder.email, subject, text, kind: "pass" }).catch((e) =>
    logger.error("pass email failed", { passId: p.id, error: String(e) }),
  );
}
