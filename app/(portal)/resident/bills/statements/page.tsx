import { FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { PeriodPicker } from "@/components/owner-statements/period-picker";
import { StatementsTable } from "@/components/owner-statements/statements-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { periodSchema } from "@/lib/domain/billing";
import { todayIn } from "@/lib/domain/stay-dates";
import { getBuilding } from "@/server/services/building/get-building";
import { listOwnerStatements } from "@/server/services/owner-statements/list-owner-statements";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ownerStatements.page"))("residentTitle") };
}

type Props = { searchParams: Promise<{ period?: string }> };

/** An owner's statements: only the short-stay units they own (the service decides; others see none). */
export default rolePage<Props>(["resident"], async function OwnerStatementsPage(actor, { searchParams }) {
  const building = await getBuilding(actor);
  const asked = periodSchema.safeParse((await searchParams).period);
  const period = asked.success ? asked.data : todayIn(building.timezone).slice(0, 7);
  const [{ items }, t, back] = await Promise.all([
    listOwnerStatements(actor, { period }),
    getTranslations("ownerStatements.page"),
    getTranslations("cardPayments.checkout"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("residentTitle")}
        description={t("residentDescription")}
        actions={
          <Link href="/resident/bills" className="text-brand-700 text-sm underline underline-offset-4">
            {back("back")}
          </Link>
        }
      />
      <PeriodPicker period={period} />
      {items.length === 0 ? (
        <EmptyState icon={<FileText />} title={t("empty")} description={t("emptyBody")} />
      ) : (
        <StatementsTable statements={items} />
      )}
    </div>
  );
});
