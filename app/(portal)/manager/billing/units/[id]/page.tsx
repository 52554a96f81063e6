import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { readOr404 } from "@/app/(portal)/_gate/detail-loader";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { LedgerTable } from "@/components/billing/ledger-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/money";
import { getUnitLedger } from "@/server/services/billing/get-unit-ledger";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing"))("title") };
}

/** One unit's ledger, manager side. */
export default rolePage(
  ["manager"],
  async function UnitLedgerPage(actor, { params }: { params: Promise<{ id: string }> }) {
    const ledger = await readOr404((await params).id, (id) => getUnitLedger(actor, id));
    const [t, locale] = await Promise.all([getTranslations("billing.ledger"), getLocale()]);
    return (
      <div className="space-y-6">
        <PageHeader
          eyebrow={
            <Link href="/manager/billing" className="underline">
              {t("back")}
            </Link>
          }
          title={t("title", { unit: ledger.unitNumber })}
          description={t("description")}
        />
        <p className="font-semibold text-slate-900" data-testid="ledger-balance">
          {t("current", { amount: formatMoney(ledger.balanceMinor, ledger.currency, locale) })}
        </p>
        {ledger.entries.length === 0 ? <EmptyState title={t("empty")} /> : <LedgerTable ledger={ledger} />}
      </div>
    );
  },
);
