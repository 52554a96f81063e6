"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { lazy, Suspense, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { BookableUnitDTO } from "@/lib/domain/reservation-api";
import { asDay, DAY_FORMAT } from "@/lib/format";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n";
import { createReservationAction } from "@/server/actions/create-reservation";

export type BookableUnit = BookableUnitDTO;

// The result views load when the form is sent (and are fetched as it is), not with the page: the alert, the
// error wording and their icons are ~1 KB gzipped that no one needs before booking.
const loadResult = () => import("./booking-result");
const BookingDone = lazy(() => loadResult().then((m) => ({ default: m.BookingDone })));
const BookingFailed = lazy(() => loadResult().then((m) => ({ default: m.BookingFailed })));

const nightsBetween = (a: string, b: string) =>
  a && b ? Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000) : 0;

/** Book a stay: unit, dates, the guest, party size; the price (nights × rate) shows before confirming. */
export function BookingForm({
  units,
  today,
  defaultUnitId,
  stayHrefBase = "/resident/stays",
  confirmIcon,
}: {
  units: BookableUnit[];
  today: string;
  defaultUnitId?: string;
  /** where the booked stay's page lives (residents' or staff's) */
  stayHrefBase?: string;
  /** the confirm button's icon (decorative), drawn by the server component so the form carries no icon code */
  confirmIcon: ReactNode;
}) {
  const t = useTranslations("reservations.book");
  const format = useFormatter();
  const [state, submit, pending] = useActionState(createReservationAction, null);
  const [unitId, setUnitId] = useState(defaultUnitId ?? units[0]?.id ?? "");
  const [checkIn, setCheckIn] = useState("");
  const [checkOut, setCheckOut] = useState("");
  const unit = units.find((u) => u.id === unitId);
  const nights = nightsBetween(checkIn, checkOut);
  const fieldError = (name: string, text: string) =>
    state && !state.ok && state.fields?.[name] ? [text] : undefined;

  if (state?.ok) {
    return (
      <Suspense fallback={null}>
        <BookingDone id={state.data.id} checkInUrl={state.data.checkInUrl} stayHrefBase={stayHrefBase} />
      </Suspense>
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
    <form action={submit} onSubmit={() => void loadResult()} className="space-y-5" noValidate={false}>
      {state && !state.ok ? (
        <Suspense fallback={null}>
          <BookingFailed failed={state} title={t("failed")} />
        </Suspense>
      ) : null}
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
        {confirmIcon}
        {price ? t("confirmWithPrice", { price }) : t("confirm")}
      </Button>
    </form>
  );
}
