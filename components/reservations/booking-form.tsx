import { useTranslations } from "next-intl";
import { cloneElement, type ReactElement, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { BookableUnitDTO } from "@/lib/domain/reservation-api";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n";
import {
  BookingFieldError,
  BookingFormRoot,
  BookingInput,
  BookingPrice,
  BookingSelect,
  BookingSubmit,
  type UnitMessage,
  UnitText,
} from "./booking-form-state";

export type BookableUnit = BookableUnitDTO;

/**
 * Book a stay: unit, dates, the guest, party size; the price (nights × rate) shows before confirming.
 * Drawn on the server; the client parts (booking-form-state.tsx) hold the action's state, the chosen unit and
 * dates, and what follows from them, so that the page's JavaScript is only those (~0.9 KB gzipped less).
 */
export function BookingForm({
  units,
  today,
  defaultUnitId,
  stayHrefBase = "/resident/stays",
  confirmIcon,
}: {
  /** at least one */
  units: BookableUnit[];
  today: string;
  defaultUnitId?: string;
  /** where the booked stay's page lives (residents' or staff's) */
  stayHrefBase?: string;
  /** the confirm button's icon (decorative) */
  confirmIcon: ReactNode;
}) {
  const t = useTranslations("reservations.book");
  return (
    <BookingFormRoot
      units={units}
      defaultUnitId={defaultUnitId}
      stayHrefBase={stayHrefBase}
      failedTitle={t("failed")}
    >
      <Field name="unitId" label={t("unit")} required error={t("unitInvalid")}>
        <Select
          as={BookingSelect}
          options={units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) }))}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="checkIn" label={t("checkIn")} required error={t("checkInInvalid")}>
          <Input as={BookingInput} type="date" min={today} />
        </Field>
        <Field
          name="checkOut"
          label={t("checkOut")}
          required
          hint={<UnitText message="nightsHint" />}
          error={{ unit: "checkOutInvalid" }}
        >
          <Input as={BookingInput} type="date" min={today} />
        </Field>
      </div>
      <fieldset className="space-y-4">
        <legend className="font-semibold text-slate-900">{t("guestLegend")}</legend>
        <Field name="guestName" label={t("guestName")} required error={t("nameInvalid")}>
          <Input as={BookingInput} autoComplete="off" maxLength={120} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="guestEmail"
            label={t("guestEmail")}
            required
            hint={t("guestEmailHint")}
            error={t("emailInvalid")}
          >
            <Input as={BookingInput} type="email" autoComplete="off" />
          </Field>
          <Field name="guestPhone" label={t("guestPhone")} error={t("phoneInvalid")}>
            <Input as={BookingInput} type="tel" autoComplete="off" />
          </Field>
        </div>
        <Field
          name="guestLocale"
          label={t("guestLocale")}
          hint={t("guestLocaleHint")}
          error={t("guestLocaleInvalid")}
        >
          <Select as={BookingSelect} defaultValue="" placeholder={t("guestLocaleDefault")}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          name="guestCount"
          label={t("guestCount")}
          required
          hint={<UnitText message="guestCountHint" />}
          error={{ unit: "guestCountInvalid" }}
        >
          <Input as={BookingInput} type="number" min={1} defaultValue={1} inputMode="numeric" />
        </Field>
      </fieldset>
      <section aria-labelledby="price-title" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
        <h2 id="price-title" className="font-semibold text-slate-900">
          {t("priceTitle")}
        </h2>
        <div aria-live="polite" className="mt-1 text-slate-700 text-sm">
          <BookingPrice />
        </div>
      </section>
      <BookingSubmit icon={confirmIcon} />
    </BookingFormRoot>
  );
}

/**
 * FormField's markup and wiring (components/ui/field.tsx), drawn on the server: the label names the control,
 * the hint describes it; the error, and its place in the control's description, follow the action's state on
 * the client (BookingFieldError, BookingInput/BookingSelect). One booking form a page, so the ids are fixed.
 */
function Field({
  name,
  label,
  required,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error: string | { unit: UnitMessage };
  children: ReactElement<{ id?: string; name?: string; required?: boolean; "aria-describedby"?: string }>;
}) {
  const id = `booking-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      {cloneElement(children, { id, name, required, "aria-describedby": hintId })}
      {hint ? (
        <p id={hintId} className="text-slate-600 text-sm">
          {hint}
        </p>
      ) : null}
      <BookingFieldError id={`${id}-error`} name={name} message={error} />
    </div>
  );
}
