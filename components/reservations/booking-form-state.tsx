"use client";

import { useFormatter, useTranslations } from "next-intl";
import {
  type ComponentProps,
  createContext,
  lazy,
  type ReactNode,
  Suspense,
  use,
  useActionState,
  useState,
} from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field-errors";
import type { BookableUnitDTO } from "@/lib/domain/reservation-api";
import { asDay, DAY_FORMAT } from "@/lib/format";
import { createReservationAction } from "@/server/actions/create-reservation";

/**
 * The parts of the booking form that change with it: the action's state, the chosen unit and dates, and what
 * follows from them (the controls' errors, the unit's limits, the price, the pending button). The rest of the
 * form (labels, hints, the guest's fields, the language list) is drawn on the server by booking-form.tsx.
 */

// The result views load when the form is sent (and are fetched as it is), not with the page: the alert, the
// error wording and their icons are ~1 KB gzipped that no one needs before booking.
const loadResult = () => import("./booking-result");
const BookingDone = lazy(() => loadResult().then((m) => ({ default: m.BookingDone })));
const BookingFailed = lazy(() => loadResult().then((m) => ({ default: m.BookingFailed })));

type Chosen = { unitId: string; checkIn: string; checkOut: string };
type Booking = {
  state: Awaited<ReturnType<typeof createReservationAction>> | null;
  pending: boolean;
  unit: BookableUnitDTO;
  chosen: Chosen;
  choose: (chosen: Chosen) => void;
};
const BookingContext = createContext<Booking | null>(null);
const useBooking = () => use(BookingContext) as Booking;

/** The action names its errors by the input's paths; the form's fields are flat. */
const ERROR_PATHS: Record<string, string> = {
  guestName: "guest.name",
  guestEmail: "guest.email",
  guestPhone: "guest.phone",
};
const isInvalid = ({ state }: Booking, name: string) =>
  Boolean(state && !state.ok && state.fields?.[ERROR_PATHS[name] ?? name]);

const nightsBetween = (a: string, b: string) =>
  a && b ? Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000) : 0;

/** The `<form>` with its action and state; gives way to the booked stay once the action answers. */
export function BookingFormRoot({
  units,
  defaultUnitId,
  stayHrefBase,
  failedTitle,
  children,
}: {
  /** at least one */
  units: BookableUnitDTO[];
  defaultUnitId?: string;
  stayHrefBase: string;
  failedTitle: string;
  children: ReactNode;
}) {
  const [state, submit, pending] = useActionState(createReservationAction, null);
  const [chosen, choose] = useState<Chosen>(() => ({
    // a unit named in the link that cannot be booked falls back to the first, which the select then shows
    unitId: units.find((u) => u.id === defaultUnitId)?.id ?? units[0].id,
    checkIn: "",
    checkOut: "",
  }));

  if (state?.ok) {
    return (
      <Suspense fallback={null}>
        <BookingDone id={state.data.id} checkInUrl={state.data.checkInUrl} stayHrefBase={stayHrefBase} />
      </Suspense>
    );
  }
  const unit = units.find((u) => u.id === chosen.unitId) ?? units[0];
  return (
    <BookingContext value={{ state, pending, unit, chosen, choose }}>
      <form action={submit} onSubmit={() => void loadResult()} className="space-y-5">
        {state ? (
          <Suspense fallback={null}>
            <BookingFailed failed={state} title={failedTitle} />
          </Suspense>
        ) : null}
        {children}
      </form>
    </BookingContext>
  );
}

/**
 * A control of the form, found by its name: aria-invalid and the error's id in aria-describedby (after the hint
 * the server gave it) while the action names the field; the unit and the dates are the form's state; check-out
 * starts after check-in; the guest count stops at the unit's limit. Drawn by Input and Select (`as`).
 */
function BookingControl({ tag, ...props }: ComponentProps<"input"> & { tag: "input" | "select" }) {
  // typed as an input: the select takes the same props here (name, id, value, onChange, aria-*)
  const Tag = tag as "input";
  const booking = useBooking();
  const { chosen, choose } = booking;
  const name = props.name ?? "";
  const invalid = isInvalid(booking, name);
  const bound =
    name === "unitId" || name === "checkIn" || name === "checkOut"
      ? {
          value: chosen[name],
          onChange: (e: { target: { value: string } }) => choose({ ...chosen, [name]: e.target.value }),
        }
      : null;
  return (
    <Tag
      {...props}
      {...bound}
      {...(name === "checkOut" && chosen.checkIn ? { min: chosen.checkIn } : null)}
      {...(name === "guestCount" ? { max: booking.unit.maxGuests } : null)}
      aria-invalid={invalid || undefined}
      aria-describedby={
        [props["aria-describedby"], invalid && `${props.id}-error`].filter(Boolean).join(" ") || undefined
      }
    />
  );
}

export const BookingInput = (props: ComponentProps<"input">) => <BookingControl tag="input" {...props} />;
export const BookingSelect = (props: ComponentProps<"select">) => (
  <BookingControl tag="select" {...(props as ComponentProps<"input">)} />
);

/** The messages that name the chosen unit's limits. */
export type UnitMessage = "nightsHint" | "checkOutInvalid" | "guestCountHint" | "guestCountInvalid";

function useUnitMessage() {
  const t = useTranslations("reservations.book");
  const { unit } = useBooking();
  return (key: UnitMessage) =>
    key === "nightsHint" || key === "checkOutInvalid"
      ? t(key, { min: unit.minNights, max: unit.maxNights })
      : t(key, { max: unit.maxGuests });
}

export function UnitText({ message }: { message: UnitMessage }) {
  return useUnitMessage()(message);
}

/** The field's error (`id`, which its control names) while the action names the field. */
export function BookingFieldError({
  id,
  name,
  message,
}: {
  id: string;
  name: string;
  message: string | { unit: UnitMessage };
}) {
  const booking = useBooking();
  const unitMessage = useUnitMessage();
  if (!isInvalid(booking, name)) return null;
  return <FieldErrors id={id} errors={[typeof message === "string" ? message : unitMessage(message.unit)]} />;
}

function usePrice() {
  const format = useFormatter();
  const { unit, chosen } = useBooking();
  const nights = nightsBetween(chosen.checkIn, chosen.checkOut);
  const money = (minor: number) =>
    unit.rate ? format.number(minor / 100, { style: "currency", currency: unit.rate.currency }) : null;
  return {
    nights,
    rate: unit.rate ? money(unit.rate.amountMinor) : null,
    total: unit.rate && nights > 0 ? money(unit.rate.amountMinor * nights) : null,
  };
}

/** Nights × the unit's rate, as the dates are chosen (the server draws the section and reads it out politely). */
export function BookingPrice() {
  const t = useTranslations("reservations.book");
  const format = useFormatter();
  const { chosen } = useBooking();
  const { nights, rate, total } = usePrice();
  if (!rate) return <p>{t("noRate")}</p>;
  if (!total) return <p>{t("pricePending", { rate })}</p>;
  return (
    <>
      <p>
        {t("priceLine", {
          nights,
          rate,
          from: format.dateTime(asDay(chosen.checkIn), DAY_FORMAT),
          to: format.dateTime(asDay(chosen.checkOut), DAY_FORMAT),
        })}
      </p>
      <p className="mt-1 font-semibold text-2xl text-slate-900" data-testid="price">
        {total}
      </p>
    </>
  );
}

/** Confirm, with the price once there is one; spins while the action runs. */
export function BookingSubmit({ icon }: { icon: ReactNode }) {
  const t = useTranslations("reservations.book");
  const { pending } = useBooking();
  const { total } = usePrice();
  return (
    <Button type="submit" size="lg" loading={pending} className="w-full sm:w-auto">
      {icon}
      {total ? t("confirmWithPrice", { price: total }) : t("confirm")}
    </Button>
  );
}
