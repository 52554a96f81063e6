import "server-only";
import type { Bill } from "@/lib/domain/billing";
import type { Building } from "@/lib/domain/building";
import type { User } from "@/lib/domain/user";
import { formatMoney } from "@/lib/money";
import { config } from "../config";
import { resolveLocale } from "../i18n/resolve-locale";
import { translatorFor } from "../i18n/translator";
import { logger } from "../logger";
import { sendEmail } from "./send-email";

/**
 * "Your bill is ready", in the recipient's language. It carries no link to the PDF itself (a signed link would
 * expire in the inbox, and a lasting one would be a secret): it points to the bills page, behind sign-in.
 */
export function billEmail(bill: Bill, building: Building, to: Pick<User, "email" | "name" | "locale">) {
  const locale = resolveLocale({ userLocale: to.locale, buildingLocale: building.locale });
  const { t, format } = translatorFor(locale, "UTC");
  const period = format.dateTime(new Date(`${bill.period}-01T00:00:00Z`), { month: "long", year: "numeric" });
  const due = format.dateTime(new Date(`${bill.dueDate}T00:00:00Z`), {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return {
    buildingId: bill.buildingId,
    to: to.email,
    kind: "bill",
    subject: t("billing.email.subject", { building: building.name, period }),
    text: [
      t("billing.email.greeting", { name: to.name }),
      "",
      t("billing.email.body", {
        unit: bill.unitNumber,
        period,
        total: formatMoney(bill.totalMinor, bill.currency, locale),
        due,
      }),
      "",
      t("billing.email.download"),
      new URL("/resident/bills", config().APP_URL).toString(),
    ].join("\n"),
  };
}

/** Sends it to each holder; a failure is logged and recorded by sendEmail, never thrown: the bill stands. */
export async function sendBillEmails(bill: Bill, building: Building, holders: User[]): Promise<void> {
  for (const holder of holders) {
    try {
      await sendEmail(billEmail(bill, building, holder));
    } catch (e) {
      logger.error("bill email not recorded", { billId: bill.id, error: String(e) });
    }
  }
}
