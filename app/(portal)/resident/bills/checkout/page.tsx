import { CreditCard } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { LocalCheckoutForm } from "@/components/billing/local-checkout-form";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/lib/money";
import { readLocalCheckout } from "@/server/services/billing/local-checkout";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cardPayments.checkout"))("title") };
}

type Props = { searchParams: Promise<{ session?: string }> };

/**
 * The LocalCheckoutDouble's stand-in for a card provider's hosted checkout (development and demo; the service
 * answers 404 when another provider is configured). No card is asked for and no money moves.
 */
export default rolePage<Props>(["resident"], async function LocalCheckoutPage(actor, { searchParams }) {
  const sealed = (await searchParams).session ?? "";
  const [t, locale] = await Promise.all([getTranslations("cardPayments.checkout"), getLocale()]);
  const checkout = sealed ? readLocalCheckout(actor, sealed) : null;
  if (!checkout) {
    return (
      <EmptyState
        icon={<CreditCard />}
        title={t("expired")}
        action={
          <Link href="/resident/bills" className="text-brand-700 underline">
            {t("back")}
          </Link>
        }
      />
    );
  }
  const amount = formatMoney(checkout.amountMinor, checkout.currency, locale);
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader>
        <h1 className="font-semibold text-base text-slate-900">{t("title")}</h1>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("for")}</dt>
          <dd>{checkout.description}</dd>
          <dt className="text-slate-600">{t("amount")}</dt>
          <dd className="font-semibold tabular-nums">{amount}</dd>
        </dl>
        <div className="flex flex-wrap items-center gap-4">
          <LocalCheckoutForm session={sealed} payLabel={t("payNow", { amount })} />
          <Link href="/resident/bills" className="text-brand-700 text-sm underline">
            {t("cancel")}
          </Link>
        </div>
      </CardContent>
    </Card>
  );
});
