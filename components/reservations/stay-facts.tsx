import { Check, Circle } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { stayRange } from "@/components/reservations/stay-range";
import type { ReservationDTO } from "@/lib/domain/reservation";
import { ReservationStatusBadge } from "./status-badge";

/** A stay's facts as a description list: who, when, how many, the price and the status. */
export function StayFacts({ r, unitNumber }: { r: ReservationDTO; unitNumber: string }) {
  const t = useTranslations("reservations.detail");
  const format = useFormatter();
  const nights = Math.round((Date.parse(r.checkOut) - Date.parse(r.checkIn)) / 86_400_000);
  const rows: [string, React.ReactNode][] = [
    [t("status"), <ReservationStatusBadge key="s" status={r.status} />],
    [t("unit"), unitNumber],
    [t("dates"), stayRange(format, r.checkIn, r.checkOut)],
    [t("nights"), t("nightsValue", { nights })],
    [t("guest"), r.guest.name],
    [t("email"), r.guest.email],
    [t("phone"), r.guest.phone ?? t("none")],
    [t("guestCount"), r.guestCount],
    [
      t("price"),
      r.price
        ? format.number(r.price.amountMinor / 100, { style: "currency", currency: r.price.currency })
        : t("none"),
    ],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label} className="space-y-0.5">
          <dt className="font-medium text-slate-600 text-sm">{label}</dt>
          <dd className="break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The guest's check-in steps, each said in words (done / not yet), not by an icon alone. */
export function CheckinProgressList({ r }: { r: ReservationDTO }) {
  const t = useTranslations("reservations.progress");
  const p = r.checkinProgress;
  const steps = [
    ["details", Boolean(p.detailsConfirmedAt)],
    ["documents", p.documentKeys.length > 0],
    ["rules", Boolean(p.rulesAcceptedAt)],
  ] as const;
  return (
    <ul className="space-y-2" data-testid="checkin-progress">
      {steps.map(([step, done]) => (
        <li key={step} className="flex items-center gap-2">
          {done ? (
            <Check aria-hidden="true" className="size-5 text-emerald-700" />
          ) : (
            <Circle aria-hidden="true" className="size-5 text-slate-400" />
          )}
          <span className="text-slate-900">{t(step)}</span>
          <span className={done ? "text-emerald-800 text-sm" : "text-slate-600 text-sm"}>
            {done ? t("done") : t("notYet")}
          </span>
        </li>
      ))}
    </ul>
  );
}
