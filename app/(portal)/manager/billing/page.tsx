import { Receipt } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { BillingRulesForm } from "@/components/billing/billing-rules-form";
import { BillsTable } from "@/components/billing/bills-table";
import { PaymentForm } from "@/components/billing/payment-form";
import { RunBillingForm } from "@/components/billing/run-billing-form";
import { ScheduleForm } from "@/components/billing/schedule-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { bpsToPercent } from "@/lib/domain/owner-statement";
import { todayIn } from "@/lib/domain/stay-dates";
import { formatMoney, toMajorText } from "@/lib/money";
import { findFeeSchedule } from "@/server/services/billing/find-fee-schedule";
import { listBills } from "@/server/services/billing/list-bills";
import { getBuilding } from "@/server/services/building/get-building";
import { listUnitsForManager } from "@/server/services/units/list-units-for-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing"))("title") };
}

/** The building's money, manager side: the fee schedule, the month's run, the bills and payments. */
export default rolePage(["manager"], async function BillingPage(actor) {
  const [building, schedule, bills, units, t, rulesT, statementsT, locale] = await Promise.all([
    getBuilding(actor),
    findFeeSchedule(actor),
    listBills(actor, { limit: 100 }),
    listUnitsForManager(actor),
    getTranslations("billing"),
    getTranslations("billingRules"),
    getTranslations("ownerStatements.page"),
    getLocale(),
  ]);
  const lateFee = schedule?.lateFee ?? null;
  const reminderDays = schedule?.reminderDays ?? [];
  const today = todayIn(building.timezone);
  const money = (minor: number) => formatMoney(minor, building.currency, locale);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-4">
            <Link
              href="/manager/billing/statements"
              className="text-brand-700 text-sm underline underline-offset-4"
            >
              {statementsT("link")}
            </Link>
            <Link
              href="/manager/billing/reports"
              className="text-brand-700 text-sm underline underline-offset-4"
            >
              {t("reportsLink")}
            </Link>
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("schedule.title")}</CardTitle>
            <CardDescription>
              {schedule === null
                ? t("schedule.none")
                : schedule.mode === "fixed"
                  ? t("schedule.fixed", {
                      amount: money(schedule.monthlyFeeMinor ?? 0),
                      day: schedule.dueDay,
                    })
                  : t("schedule.shares", {
                      amount: money(schedule.monthlyBudgetMinor ?? 0),
                      day: schedule.dueDay,
                    })}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ScheduleForm
              currency={building.currency}
              monthlyFee={
                schedule?.monthlyFeeMinor != null
                  ? toMajorText(schedule.monthlyFeeMinor, building.currency)
                  : ""
              }
              dueDay={schedule?.dueDay ?? 10}
              paymentInstructions={schedule?.paymentInstructions ?? ""}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("run.title")}</CardTitle>
            <CardDescription>{t("run.hint")}</CardDescription>
          </CardHeader>
          <CardContent>
            <RunBillingForm defaultPeriod={today.slice(0, 7)} hasSchedule={schedule !== null} />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{rulesT("title")}</CardTitle>
          <CardDescription>
            {lateFee === null
              ? rulesT("current.none")
              : lateFee.kind === "fixed"
                ? rulesT("current.fixed", { amount: money(lateFee.amountMinor), days: lateFee.afterDays })
                : rulesT("current.percent", {
                    rate: `${bpsToPercent(lateFee.basisPoints)} %`,
                    days: lateFee.afterDays,
                  })}{" "}
            {reminderDays.length
              ? rulesT("current.reminders", { days: reminderDays.join(", ") })
              : rulesT("current.noReminders")}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <BillingRulesForm
            currency={building.currency}
            kind={lateFee?.kind ?? "none"}
            amount={lateFee?.kind === "fixed" ? toMajorText(lateFee.amountMinor, building.currency) : ""}
            percent={lateFee?.kind === "percent" ? bpsToPercent(lateFee.basisPoints) : ""}
            afterDays={lateFee?.afterDays ?? 5}
            reminderDays={reminderDays.join(", ")}
            hasSchedule={schedule !== null}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("payment.title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <PaymentForm
            currency={building.currency}
            locale={locale}
            today={today}
            units={units.map((u) => ({ id: u.id, number: u.number }))}
          />
        </CardContent>
      </Card>
      <section aria-labelledby="bills-heading" className="space-y-3">
        <h2 id="bills-heading" className="font-semibold text-lg text-slate-900">
          {t("bills.title")}
        </h2>
        {bills.items.length === 0 ? (
          <EmptyState icon={<Receipt />} title={t("bills.empty")} description={t("bills.emptyBody")} />
        ) : (
          <BillsTable bills={bills.items} ledgerHref={(unitId) => `/manager/billing/units/${unitId}`} />
        )}
      </section>
    </div>
  );
});
