"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { completeLocalCheckoutAction } from "@/server/actions/complete-local-checkout";

/** The local double's "Pay" button: it posts the signed event to the webhook, then returns to the bills. */
export function LocalCheckoutForm({ session, payLabel }: { session: string; payLabel: string }) {
  const t = useTranslations("cardPayments.checkout");
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div className="space-y-3">
      {failed ? <Alert tone="danger" role="alert" title={t("failed")} /> : null}
      <Button
        type="button"
        loading={pending}
        onClick={async () => {
          setPending(true);
          setFailed(false);
          const result = await completeLocalCheckoutAction({ session });
          if (result.ok) window.location.assign(result.data.next);
          else {
            setPending(false);
            setFailed(true);
          }
        }}
      >
        {payLabel}
      </Button>
    </div>
  );
}
