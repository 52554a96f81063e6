import { FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { PeriodPicker } from "@/components/owner-statements/period-picker";
import { StatementSettingsForm } from "@/components/owner-statements/statement-settings-form";
import { StatementsTable } from "@/components/owner-statements/statements-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { periodSchema } from "@/lib/domain/billing";
import { bpsToPercent } from "@/lib/domain/owner-statement";
import { RESERVATION_SOURCES } from "@/lib/domain/reservation";
import { todayIn } from "@/lib/domain/stay-dates";
import { toMajorText } from "@/lib/money";
import { getBuilding } from "@/server/services/building/get-building";
import { getOwnerStatementSettings } from "@/server/services/owner-statements/get-owner-statement-settings";
import { listOwnerStatements } from "@/server/services/owner-statements/list-owner-statements";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ownerStatements.page"))("title") };
}

type Props = { searchParams: Promise<{ period?: string }> };

/** Owner statements, manager side: the month's statement of every short-stay unit, and the commissions. */
export default rolePage<Props>(["manager"], async function ManagerStatementsPage(actor, { searchParams }) {
  const building = await getBuilding(actor);
  const asked = periodSchema.safeParse((await searchParams).period);
  const period = asked.success ? asked.data : todayIn(building.timezone).slice(0, 7);
  const [{ items }, { settings }, t, billingT] = await Promise.all([
    listOwnerStatements(actor, { period }),
    getOwnerStatementSettings(actor),
    getTranslations("ownerStatements"),
    getTranslations("billing.ledger"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("page.title")}
        description={t("page.description")}
        actions={
          <Link href="/manager/billing" className="text-brand-700 text-sm underline underline-offset-4">
            {billingT("back")}
          </Link>
        }
      />
      <PeriodPicker period={period} />
      {items.length === 0 ? (
        <EmptyState icon={<FileText />} title={t("page.empty")} description={t("page.emptyBody")} />
      ) : (
        <StatementsTable statements={items} />
      )}
      <Card>
        <CardHeader>
          <CardTitle>{t("settings.title")}</CardTitle>
          <CardDescription>{t("settings.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <StatementSettingsForm
            currency={building.currency}
            managementCommission={bpsToPercent(settings.managementCommissionBps)}
            cleaningFee={toMajorText(settings.cleaningFeeMinor, building.currency)}
            channels={
              Object.fromEntries(
                RESERVATION_SOURCES.map((s) => [s, bpsToPercent(settings.channelCommissionBps[s] ?? 0)]),
              ) as Record<(typeof RESERVATION_SOURCES)[number], string>
            }
          />
        </CardContent>
      </Card>
    </div>
  );
});
