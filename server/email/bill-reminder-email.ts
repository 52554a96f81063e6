import "server-only";
import type { Bill } from "@/lib/domain/billing";
import type { Building } from "@/lib/domain/building";
import type { User } from "@/lib/domain/user";
import { formatMoney } from "@/lib/money";
import { config } from "../config";
import { resolveLocale } from "../i18n/resolve-locale";
import { translatorFor } from "../i18n/translator";

/** "Your bill is overdue", in the recipient's language; like the bill email, it links to the bills page only. */
export function billReminderEmail(
  bill: Bill,
  building: Building,
  to: Pick<User, "email" | "name" | "locale">,
  daysOverdue: number,
) {
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
    kind: "bill_reminder",
    subject: t("billingRules.reminder.subject", { building: building.name, unit: bill.unitNumber, period }),
    text: [
      t("billingRules.reminder.greeting", { name: to.name }),
      "",
      t("billingRules.reminder.body", {
        unit: bill.unitNumber,
        period,
        due,
        balance: formatMoney(bill.totalMinor - bill.paidMinor, bill.currency, locale),
        days: daysOverdue,
      }),
      "",
      t("billingRules.reminder.pay"),
      new URL("/resident/bills", config().APP_URL).toString(),
      "",
      t("billingRules.reminder.ignore"),
    ].join("\n"),
  };
}
