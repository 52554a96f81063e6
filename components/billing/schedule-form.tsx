"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { setFeeScheduleAction } from "@/server/actions/set-fee-schedule";

/** The fixed monthly fee, its due day and how to pay (a split by shares is set through the API). */
export function ScheduleForm(props: {
  currency: string;
  monthlyFee: string;
  dueDay: number;
  paymentInstructions: string;
}) {
  const t = useTranslations("billing.schedule");
  const [state, formAction, pending] = useActionState(setFeeScheduleAction, null);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage();
  const err = (f: "monthlyFee" | "dueDay" | "paymentInstructions") =>
    failed?.fields?.[f] ? [t(`errors.${f}`)] : undefined;
  return (
    <form
      action={formAction}
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      aria-describedby="schedule-error"
    >
      <FormError
        id="schedule-error"
        className="sm:col-span-2"
        title={t("errorTitle")}
        message={failed && !failed.fields ? errorText(failed) : null}
      />
      {state?.ok ? <Alert role="status" tone="success" className="sm:col-span-2" title={t("saved")} /> : null}
      <FormField
        label={t("monthlyFee", { currency: props.currency })}
        name="monthlyFee"
        required
        error={err("monthlyFee")}
      >
        <Input inputMode="decimal" autoComplete="off" defaultValue={props.monthlyFee} />
      </FormField>
      <FormField label={t("dueDay")} name="dueDay" hint={t("dueDayHint")} error={err("dueDay")}>
        <Input type="number" min={1} max={28} inputMode="numeric" defaultValue={props.dueDay} />
      </FormField>
      <FormField
        label={t("instructions")}
        name="paymentInstructions"
        hint={t("instructionsHint")}
        error={err("paymentInstructions")}
        className="sm:col-span-2"
      >
        <Textarea rows={3} maxLength={500} defaultValue={props.paymentInstructions} />
      </FormField>
      <div className="sm:col-span-2">
        <Button type="submit" loading={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
