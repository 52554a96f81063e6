"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { runBillingAction } from "@/server/actions/run-billing";

/** Runs a month's billing; a month already run answers its run and makes nothing new. */
export function RunBillingForm({
  defaultPeriod,
  hasSchedule,
}: {
  defaultPeriod: string;
  hasSchedule: boolean;
}) {
  const t = useTranslations("billing.run");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(runBillingAction, null);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage(undefined, { conflict: t("errors.noSchedule") });
  const monthName = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby="run-error">
      <FormError
        id="run-error"
        title={t("errorTitle")}
        message={failed && !failed.fields ? errorText(failed) : null}
      />
      {state?.ok ? (
        <Alert role="status" tone={state.data.created ? "success" : "info"} data-testid="billing-run-result">
          {t(state.data.created ? "created" : "existing", {
            count: state.data.run.bills,
            period: monthName(state.data.run.period),
          })}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-end gap-4">
        <FormField
          label={t("period")}
          name="period"
          required
          error={failed?.fields?.period ? [t("errors.period")] : undefined}
        >
          <Input type="month" defaultValue={defaultPeriod} className="w-48" />
        </FormField>
        <Button type="submit" loading={pending} disabled={!hasSchedule}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
