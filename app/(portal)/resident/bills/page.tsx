import { Receipt } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { BillsTable } from "@/components/billing/bills-table";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/money";
import { getUnitLedger } from "@/server/services/billing/get-unit-ledger";
import { listBills } from "@/server/services/billing/list-bills";
import { cardPaymentsOffered } from "@/server/services/billing/start-card-payment";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing.resident"))("title") };
}

/** A resident's bills (their own units only) with each unit's balance, and the PDF of each bill. */
type Props = { searchParams: Promise<{ paid?: string }> };

export default rolePage<Props>(["resident"], async function ResidentBillsPage(actor, { searchParams }) {
  const [bills, ledgers, t, cardT, statementsT, locale, { paid }] = await Promise.all([
    listBills(actor, { limit: 100 }),
    Promise.all(actor.unitIds.map((u) => getUnitLedger(actor, u).catch(() => null))),
    getTranslations("billing.resident"),
    getTranslations("cardPayments"),
    getTranslations("ownerStatements.page"),
    getLocale(),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link
            href="/resident/bills/statements"
            className="text-brand-700 text-sm underline underline-offset-4"
          >
            {statementsT("residentTitle")}
          </Link>
        }
      />
      {paid ? <Alert role="status" tone="success" title={cardT("paidNotice")} /> : null}
      {ledgers.some((l) => l && l.entries.length > 0) ? (
        <ul className="space-y-1">
          {ledgers.map((l) =>
            l && l.entries.length > 0 ? (
              <li key={l.unitId} className="font-semibold text-slate-900" data-testid="unit-balance">
                {t("balance", {
                  unit: l.unitNumber,
                  amount: formatMoney(l.balanceMinor, l.currency, locale),
                })}
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      {bills.items.length === 0 ? (
        <EmptyState icon={<Receipt />} title={t("empty")} description={t("emptyBody")} />
      ) : (
        <BillsTable bills={bills.items} payable={cardPaymentsOffered()} />
      )}
    </div>
  );
});
