import { Receipt } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { BillsTable } from "@/components/billing/bills-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/money";
import { getUnitLedger } from "@/server/services/billing/get-unit-ledger";
import { listBills } from "@/server/services/billing/list-bills";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing.resident"))("title") };
}

/** A resident's bills (their own units only) with each unit's balance, and the PDF of each bill. */
export default rolePage(["resident"], async function ResidentBillsPage(actor) {
  const [bills, ledgers, t, locale] = await Promise.all([
    listBills(actor, { limit: 100 }),
    Promise.all(actor.unitIds.map((u) => getUnitLedger(actor, u).catch(() => null))),
    getTranslations("billing.resident"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
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
        <BillsTable bills={bills.items} />
      )}
    </div>
  );
});
