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
import { COST_BEARERS, TICKET_COST_KINDS } from "@/lib/domain/charges-constants";
import { addTicketCostAction } from "@/server/actions/add-ticket-cost";

const newKey = () => `form-${crypto.randomUUID()}`;

/** Labour or materials on a ticket; the idempotency key is made when the form opens, so a double submit counts once. */
export function TicketCostForm(props: {
  ticketId: string;
  currency: string;
  today: string;
  defaultUnitId: string | null;
  units: { id: string; number: string }[];
}) {
  const t = useTranslations("ticketCosts");
  const [state, formAction, pending] = useActionState(addTicketCostAction, null);
  const [key, setKey] = useState<string | null>(null);
  const [bornBy, setBornBy] = useState<string>("building");
  useEffect(() => setKey(newKey()), []);
  useEffect(() => {
    if (state?.ok) setKey(newKey());
  }, [state]);
  const failed = state && !state.ok ? state : null;
  const errorText = useErrorMessage();
  const err = (f: "description" | "amount" | "hours" | "incurredOn" | "unitId") =>
    failed?.fields?.[f] || (f === "amount" && failed?.fields?.amountMinor) ? [t(`errors.${f}`)] : undefined;
  return (
    <form action={formAction} noValidate className="grid gap-4 sm:grid-cols-3" aria-describedby="cost-error">
      <FormError
        id="cost-error"
        className="sm:col-span-3"
        title={t("errorTitle")}
        message={failed && !failed.fields ? errorText(failed) : null}
      />
      {state?.ok ? (
        <Alert role="status" tone={state.data.created ? "success" : "info"} className="sm:col-span-3">
          {state.data.created ? t("recorded") : t("duplicate")}
        </Alert>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={key ?? ""} />
      <input type="hidden" name="ticketId" value={props.ticketId} />
      <FormField label={t("kind")} name="kind">
        <Select
          defaultValue="labour"
          options={TICKET_COST_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
      </FormField>
      <FormField label={t("descriptionLabel")} name="description" required error={err("description")}>
        <Input autoComplete="off" maxLength={200} />
      </FormField>
      <FormField label={t("hours")} name="hours" hint={t("hoursHint")} error={err("hours")}>
        <Input inputMode="decimal" autoComplete="off" />
      </FormField>
      <FormField
        label={t("amount", { currency: props.currency })}
        name="amount"
        required
        error={err("amount")}
      >
        <Input inputMode="decimal" autoComplete="off" />
      </FormField>
      <FormField label={t("incurredOn")} name="incurredOn" required error={err("incurredOn")}>
        <Input type="date" defaultValue={props.today} />
      </FormField>
      <FormField label={t("bornBy")} name="bornBy">
        <Select
          value={bornBy}
          onChange={(e) => setBornBy(e.currentTarget.value)}
          options={COST_BEARERS.map((b) => ({ value: b, label: t(`bearers.${b}`) }))}
        />
      </FormField>
      {bornBy === "unit" ? (
        <FormField label={t("unit")} name="unitId" required hint={t("unitHint")} error={err("unitId")}>
          <Select
            defaultValue={props.defaultUnitId ?? ""}
            placeholder={t("unitPlaceholder")}
            options={props.units.map((u) => ({ value: u.id, label: u.number }))}
          />
        </FormField>
      ) : null}
      <div className="sm:col-span-3">
        <Button type="submit" loading={pending} disabled={key === null}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
