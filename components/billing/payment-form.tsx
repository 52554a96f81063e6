"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { PAYMENT_METHODS } from "@/lib/domain/billing-constants";
import { formatMoney } from "@/lib/money";
import { recordPaymentAction } from "@/server/actions/record-payment";

const newKey = () => `form-${crypto.randomUUID()}`;

/**
 * A payment a manager received. The idempotency key is made when the form opens and kept until a payment is
 * recorded, so pressing the button twice (or resending after a network error) records it once.
 */
export function PaymentForm(props: {
  currency: string;
  locale: string;
  today: string;
  units: { id: string; number: string }[];
}) {
  const t = useTranslations("billing.payment");
  const methods = useTranslations("billing.method");
  const [state, formAction, pending] = useActionState(recordPaymentAction, null);
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => setKey(newKey()), []);
  useEffect(() => {
    if (state?.ok) setKey(newKey());
  }, [state]);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage();
  const err = (f: "unitId" | "amountMinor" | "paidOn" | "reference") =>
    failed?.fields?.[f] || (f === "amountMinor" && failed?.fields?.amount) ? [t(`errors.${f}`)] : undefined;
  const unitNumber = (id: string) => props.units.find((u) => u.id === id)?.number ?? "";
  return (
    <form
      action={formAction}
      noValidate
      className="grid gap-4 sm:grid-cols-3"
      aria-describedby="payment-error"
    >
      <FormError
        id="payment-error"
        className="sm:col-span-3"
        title={t("errorTitle")}
        message={failed && !failed.fields ? errorText(failed) : null}
      />
      {state?.ok ? (
        <Alert role="status" tone={state.data.created ? "success" : "info"} className="sm:col-span-3">
          {state.data.created
            ? t("recorded", {
                amount: formatMoney(state.data.payment.amountMinor, props.currency, props.locale),
                unit: unitNumber(state.data.payment.unitId),
              })
            : t("duplicate")}
        </Alert>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={key ?? ""} />
      <FormField label={t("unit")} name="unitId" required error={err("unitId")}>
        <Select
          defaultValue=""
          placeholder={t("unitPlaceholder")}
          options={props.units.map((u) => ({ value: u.id, label: u.number }))}
        />
      </FormField>
      <FormField
        label={t("amount", { currency: props.currency })}
        name="amount"
        required
        error={err("amountMinor")}
      >
        <Input inputMode="decimal" autoComplete="off" />
      </FormField>
      <FormField label={t("paidOn")} name="paidOn" required error={err("paidOn")}>
        <Input type="date" defaultValue={props.today} />
      </FormField>
      <FormField label={t("method")} name="method">
        <Select
          defaultValue="bank_transfer"
          options={PAYMENT_METHODS.map((m) => ({ value: m, label: methods(m) }))}
        />
      </FormField>
      <FormField label={t("reference")} name="reference" hint={t("referenceHint")} error={err("reference")}>
        <Input autoComplete="off" maxLength={120} />
      </FormField>
      <div className="sm:col-span-3">
        <Button type="submit" loading={pending} disabled={key === null}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
