"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { setBillingRulesAction } from "@/server/actions/set-billing-rules";

type Kind = "none" | "fixed" | "percent";
const FIELDS = ["amount", "percent", "afterDays", "reminderDays"] as const;

/** The late-fee rule and the overdue reminders' days (the fees themselves are the schedule form's). */
export function BillingRulesForm(props: {
  currency: string;
  kind: Kind;
  amount: string;
  percent: string;
  afterDays: number;
  reminderDays: string;
  hasSchedule: boolean;
}) {
  const t = useTranslations("billingRules");
  const [state, formAction, pending] = useActionState(setBillingRulesAction, null);
  const [kind, setKind] = useState<Kind>(props.kind);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage();
  const err = (f: (typeof FIELDS)[number]) => (failed?.fields?.[f] ? [t(`errors.${f}`)] : undefined);
  return (
    <form action={formAction} noValidate className="grid gap-4 sm:grid-cols-2" aria-describedby="rules-error">
      <FormError
        id="rules-error"
        className="sm:col-span-2"
        title={t("errorTitle")}
        message={failed && !failed.fields ? errorText(failed) : null}
      />
      {state?.ok ? <Alert role="status" tone="success" className="sm:col-span-2" title={t("saved")} /> : null}
      <FormField label={t("lateFee")} name="kind">
        <Select
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          options={(["none", "fixed", "percent"] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
      </FormField>
      {kind === "fixed" ? (
        <FormField
          label={t("amount", { currency: props.currency })}
          name="amount"
          required
          error={err("amount")}
        >
          <Input inputMode="decimal" autoComplete="off" defaultValue={props.amount} />
        </FormField>
      ) : null}
      {kind === "percent" ? (
        <FormField label={t("percent")} name="percent" required error={err("percent")}>
          <Input inputMode="decimal" autoComplete="off" defaultValue={props.percent} />
        </FormField>
      ) : null}
      {kind !== "none" ? (
        <FormField label={t("afterDays")} name="afterDays" error={err("afterDays")}>
          <Input type="number" min={0} max={365} inputMode="numeric" defaultValue={props.afterDays} />
        </FormField>
      ) : null}
      <FormField
        label={t("reminderDays")}
        name="reminderDays"
        hint={t("reminderDaysHint")}
        error={err("reminderDays")}
        className="sm:col-span-2"
      >
        <Input autoComplete="off" defaultValue={props.reminderDays} placeholder="3, 10" />
      </FormField>
      <div className="sm:col-span-2">
        <Button type="submit" loading={pending} disabled={!props.hasSchedule}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
