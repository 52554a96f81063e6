"use client";

import { CreditCard } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { startCardPaymentAction } from "@/server/actions/start-card-payment";

/** Opens the card provider's checkout for what the bill still owes (nothing is recorded until it confirms). */
export function PayBillButton({ billId, label }: { billId: string; label: string }) {
  const t = useTranslations("cardPayments");
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      size="sm"
      loading={pending}
      aria-label={label}
      data-testid="pay-bill"
      onClick={async () => {
        setPending(true);
        const result = await startCardPaymentAction({ id: billId });
        if (result.ok) window.location.assign(result.data.url);
        else {
          setPending(false);
          toast.error(t("failed"));
        }
      }}
    >
      <CreditCard aria-hidden="true" />
      {t("pay")}
    </Button>
  );
}
