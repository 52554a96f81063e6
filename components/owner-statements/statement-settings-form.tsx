"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { RESERVATION_SOURCES, type ReservationSource } from "@/lib/domain/reservation-constants";
import { setOwnerStatementSettingsAction } from "@/server/actions/owner-statement-settings";

/** The management commission, each channel's commission (percentages) and the cleaning fee per stay. */
export function StatementSettingsForm(props: {
  currency: string;
  managementCommission: string;
  cleaningFee: string;
  channels: Record<ReservationSource, string>;
}) {
  const t = useTranslations("ownerStatements.settings");
  const channelName = useTranslations("ownerStatements.channel");
  const [state, formAction, pending] = useActionState(setOwnerStatementSettingsAction, null);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage();
  const err = (f: string, kind: "percent" | "amount" = "percent") =>
    failed?.fields?.[f] ? [t(`errors.${kind}`)] : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby="statement-settings-error">
      <FormError
        id="statement-settings-error"
        title={t("errorTitle")}
        message={failed && !failed.fields ? errorText(failed) : null}
      />
      {state?.ok ? <Alert role="status" tone="success" title={t("saved")} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("management")}
          name="managementCommission"
          hint={t("managementHint")}
          required
          error={err("managementCommission")}
        >
          <Input inputMode="decimal" autoComplete="off" defaultValue={props.managementCommission} />
        </FormField>
        <FormField
          label={t("cleaning", { currency: props.currency })}
          name="cleaningFee"
          hint={t("cleaningHint")}
          error={err("cleaningFee", "amount")}
        >
          <Input inputMode="decimal" autoComplete="off" defaultValue={props.cleaningFee} />
        </FormField>
      </div>
      <fieldset className="space-y-3">
        <legend className="font-medium text-slate-900 text-sm">{t("channels")}</legend>
        <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-4">
          {RESERVATION_SOURCES.map((s) => (
            <FormField key={s} label={channelName(s)} name={`channel_${s}`} error={err(`channel_${s}`)}>
              <Input inputMode="decimal" autoComplete="off" defaultValue={props.channels[s]} />
            </FormField>
          ))}
        </div>
      </fieldset>
      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
