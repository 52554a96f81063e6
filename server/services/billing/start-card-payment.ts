import "server-only";
import type { CardCheckoutDTO } from "@/lib/domain/card-payments";
import { AppError, conflict } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { config } from "../../config";
import { getBill } from "../../db/bills";
import { getBuilding } from "../../db/buildings";
import { resolveLocale } from "../../i18n/resolve-locale";
import { paymentsProviderName } from "../../payments/card-provider";
import { cardPaymentProvider } from "../../payments/providers";

/**
 * A hosted card checkout for what one of the resident's own bills still owes. Nothing is recorded here: the
 * payment exists only when the provider's signed webhook event says it was paid (handle-card-webhook.ts).
 */
export async function startCardPayment(actor: Actor, billId: string): Promise<CardCheckoutDTO> {
  authorize(actor, "bill.pay");
  const bill = await getBill({ buildingId: actor.buildingId, billId });
  authorize(actor, "bill.pay", { buildingId: bill.buildingId, owns: ownsUnit(bill.unitId) });
  const provider = cardPaymentProvider();
  if (!provider) throw new AppError("conflict", "Card payments are not set up for this building.");
  const balance = bill.totalMinor - bill.paidMinor;
  if (bill.status === "void" || balance <= 0) throw conflict("This bill has nothing left to pay.");
  const building = await getBuilding({ buildingId: bill.buildingId });
  const back = (q: string) => new URL(`/resident/bills${q}`, config().APP_URL).toString();
  const checkout = await provider.createCheckout({
    buildingId: bill.buildingId,
    billId: bill.id,
    unitId: bill.unitId,
    amountMinor: balance,
    currency: bill.currency,
    description: `${building.name}, ${bill.unitNumber}, ${bill.period}`,
    customerEmail: actor.email,
    locale: resolveLocale({ userLocale: actor.locale, buildingLocale: building.locale }),
    successUrl: back(`?paid=${bill.id}`),
    cancelUrl: back(""),
  });
  return { url: checkout.url, provider: provider.name };
}

/** Whether the bills page offers "Pay" (a card provider is configured). */
export function cardPaymentsOffered(): boolean {
  return paymentsProviderName() !== "off";
}
