"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { CircleCheck } from "@/components/ui/form-icons";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { BookableUnitDTO } from "@/lib/domain/reservation-api";
import { asDay, DAY_FORMAT } from "@/lib/format";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n";
import { createReservationAction } from "@/server/actions/create-reservation";

export type BookableUnit = BookableUnitDTO;

const nightsBetween = (a: string, b: string) =>
  a && b ? Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000) : 0;

/** Book a stay: unit, dates, the guest, party size; the price (nights × rate) shows before confirming. */
export function BookingForm({
  units,
  today,
  defaultUnitId,
  stayHrefBase = "/resident/stays",
}: {
  units: BookableUnit[];
  today: string;
  defaultUnitId?: string;
  /** where the booked stay's page lives (residents' or staff's) */
  stayHrefBase?: string;
}) {
  const t = useTranslations("reservations.book");
  const format = useFormatter();
  const errorText = useErrorMessage("stay");
  const [state, submit, pending] = useActionState(createReservationAction, null);
  const [unitId, setUnitId] = useState(defaultUnitId ?? units[0]?.id ?? "");
  const [checkIn, setCheckIn] = useState("");
  const [checkOut, setCheckOut] = useState("");
  const unit = units.find((u) => u.id === unitId);
  const nights = nightsBetween(checkIn, checkOut);
  // the form gives way to the result: focus follows it, so keyboard and screen reader users land on the link
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) done.current?.focus();
  }, [state]);
  const fieldError = (name: string, text: string) =>
    state && !state.ok && state.fields?.[name] ? [text] : undefined;

  if (state?.ok) {
    return (
      <Alert ref={done} tabIndex={-1} tone="success" role="status" title={t("doneTitle")}>
        <p>{t("doneBody")}</p>
        <p className="mt-2 break-all">
          <span className="font-medium">{t("checkinLink")}</span>{" "}
          <a href={state.data.checkInUrl} data-testid="checkin-link">
            {state.data.checkInUrl}
          </a>
        </p>
        <p className="mt-3">
          <Link href={`${stayHrefBase}/${state.data.id}`}>{t("openStay")}</Link>
        </p>
      </Alert>
    );
  }

  const price =
    unit?.rate && nights > 0
      ? format.number((unit.rate.amountMinor * nights) / 100, {
          style: "currency",
          currency: unit.rate.currency,
        })
      : null;
  const rate = unit?.rate
    ? format.number(unit.rate.amountMinor / 100, { style: "currency", currency: unit.rate.currency })
    : null;

  return (
    <form action={submit} className="space-y-5" noValidate={false}>
      <FormError message={state && !state.ok ? errorText(state) : null} title={t("failed")} />
      <FormField label={t("unit")} name="unitId" required error={fieldError("unitId", t("unitInvalid"))}>
        <Select
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
          options={units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) }))}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={t("checkIn")}
          name="checkIn"
          required
          error={fieldError("checkIn", t("checkInInvalid"))}
        >
          <Input type="date" min={today} value={checkIn} onChange={(e) => setCheckIn(e.target.value)} />
        </FormField>
        <FormField
          label={t("checkOut")}
          name="checkOut"
          required
          hint={unit ? t("nightsHint", { min: unit.minNights, max: unit.maxNights }) : undefined}
          error={fieldError(
            "checkOut",
            t("checkOutInvalid", { min: unit?.minNights ?? 1, max: unit?.maxNights ?? 1 }),
          )}
        >
          <Input
            type="date"
            min={checkIn || today}
            value={checkOut}
            onChange={(e) => setCheckOut(e.target.value)}
          />
        </FormField>
      </div>
      <fieldset className="space-y-4">
        <legend className="font-semibold text-slate-900">{t("guestLegend")}</legend>
        <FormField
          label={t("guestName")}
          name="guestName"
          required
          error={fieldError("guest.name", t("nameInvalid"))}
        >
          <Input autoComplete="off" maxLength={120} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            label={t("guestEmail")}
            name="guestEmail"
            required
            hint={t("guestEmailHint")}
            error={fieldError("guest.email", t("emailInvalid"))}
          >
            <Input type="email" autoComplete="off" />
          </FormField>
          <FormField
            label={t("guestPhone")}
            name="guestPhone"
            error={fieldError("guest.phone", t("phoneInvalid"))}
          >
            <Input type="tel" autoComplete="off" />
          </FormField>
        </div>
        <FormField
          label={t("guestLocale")}
          name="guestLocale"
          hint={t("guestLocaleHint")}
          error={fieldError("guestLocale", t("guestLocaleInvalid"))}
        >
          <Select defaultValue="" placeholder={t("guestLocaleDefault")}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          label={t("guestCount")}
          name="guestCount"
          required
          hint={unit ? t("guestCountHint", { max: unit.maxGuests }) : undefined}
          error={fieldError("guestCount", t("guestCountInvalid", { max: unit?.maxGuests ?? 1 }))}
        >
          <Input type="number" min={1} max={unit?.maxGuests} defaultValue={1} inputMode="numeric" />
        </FormField>
      </fieldset>
      <section aria-labelledby="price-title" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
        <h2 id="price-title" className="font-semibold text-slate-900">
          {t("priceTitle")}
        </h2>
        <div aria-live="polite" className="mt-1 text-slate-700 text-sm">
          {price && rate ? (
            <>
              <p>
                {t("priceLine", {
                  nights,
                  rate,
                  from: format.dateTime(asDay(checkIn), DAY_FORMAT),
                  to: format.dateTime(asDay(checkOut), DAY_FORMAT),
                })}
              </p>
              <p className="mt-1 font-semibold text-2xl text-slate-900" data-testid="price">
                {price}
              </p>
            </>
          ) : (
            <p>{rate ? t("pricePending", { rate }) : t("noRate")}</p>
          )}
        </div>
      </section>
      <Button type="submit" size="lg" loading={pending} className="w-full sm:w-auto">
        <CircleCheck aria-hidden="true" />
        {price ? t("confirmWithPrice", { price }) : t("confirm")}
      </Button>
    </form>
  );
}
