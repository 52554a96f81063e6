import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryOptions } from "@/components/guest-stay/country-options";
import { stayRange } from "@/components/reservations/stay-range";
import { Alert } from "@/components/ui/alert";
import { Check, CircleCheck } from "@/components/ui/server-icons";
import { cn } from "@/lib/cn";
import type { CheckinView } from "@/server/services/checkin/get-checkin";
import { IdDocumentStep, PartyStep, RulesStep } from "./checkin-steps";
import { DetailsStep } from "./details-step";
import { DoorCodeBox } from "./door-code-box";
import { OfflineStay } from "./offline-stay";

const STEPS = ["details", "party", "documents", "rules"] as const;

/** The guest's stay page: the stay, the building's arrival information, and the check-in steps in order. */
export function GuestStay({ view }: { view: CheckinView }) {
  const t = useTranslations("checkin.stay");
  const idT = useTranslations("idReview.guest");
  const rejected = view.idReview?.status === "rejected";
  const steps = useTranslations("checkin.steps");
  const format = useFormatter();
  const locale = useLocale();
  const r = view.reservation;
  const b = view.building;
  // the party step only where the building's country asks for every guest to be registered (issue 17)
  const steps_ = STEPS.filter((s) => s !== "party" || view.partyRequired);
  const current = steps_.find((s) => !view.steps[s]) ?? null;
  const address = [b.address.line1, b.address.line2, b.address.postalCode, b.address.city]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="font-semibold text-brand-700 text-sm">{b.name}</p>
        <h1 className="font-bold text-2xl text-slate-900">
          {t("title", { name: r.guest.name.split(" ")[0] })}
        </h1>
        <p className="text-slate-700">
          {t("summary", {
            unit: view.unit.number,
            dates: stayRange(format, r.checkIn, r.checkOut),
          })}
        </p>
      </header>

      <OfflineStay
        updatedAt={view.readAt}
        until={r.checkinLink && !r.checkinLink.revoked ? r.checkinLink.expiresAt : null}
        timeZone={b.timezone}
      />

      {view.complete ? (
        <Alert tone="success" title={t("completeTitle")} data-testid="checkin-complete">
          {t("completeBody")}
        </Alert>
      ) : null}

      {rejected ? (
        <Alert tone="warning" title={idT("rejectedTitle")} data-testid="id-rejected">
          <p>{idT("rejectedBody", { reason: view.idReview?.reason ?? "" })}</p>
          {view.mayUploadDocument && view.steps.documents ? (
            <div className="mt-3">
              <IdDocumentStep />
            </div>
          ) : null}
        </Alert>
      ) : null}
      {view.idApprovalRequired && view.idReview?.status === "pending" ? (
        <Alert tone="info" data-testid="id-pending">
          {idT("pendingApproval")}
        </Alert>
      ) : null}

      <section
        aria-labelledby="arrival-title"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="arrival-title" className="font-semibold text-lg text-slate-900">
          {t("arrival")}
        </h2>
        {view.complete || view.doorCode ? <DoorCodeBox code={view.doorCode} timeZone={b.timezone} /> : null}
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="font-medium text-slate-600 text-sm">{t("address")}</dt>
            <dd className="text-slate-900">{address}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600 text-sm">{t("floor")}</dt>
            <dd className="text-slate-900">
              {t("floorValue", { unit: view.unit.number, floor: view.unit.floor })}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600 text-sm">{t("checkInTime")}</dt>
            <dd className="text-slate-900">{t("from", { time: b.checkInTime })}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600 text-sm">{t("checkOutTime")}</dt>
            <dd className="text-slate-900">{t("by", { time: b.checkOutTime })}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600 text-sm">{t("quietHours")}</dt>
            <dd className="text-slate-900">
              {t("between", { start: b.quietHours.start, end: b.quietHours.end })}
            </dd>
          </div>
        </dl>
        {view.arrivalGuide ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-medium text-brand-700">{view.arrivalGuide.title}</summary>
            <p className="mt-2 whitespace-pre-line text-slate-800 text-sm">{view.arrivalGuide.text}</p>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="steps-title" className="space-y-4">
        <h2 id="steps-title" className="font-semibold text-lg text-slate-900">
          {t("steps")}
        </h2>
        <ol className="space-y-3">
          {steps_.map((s, i) => {
            const done = view.steps[s];
            const active = s === current && !view.complete;
            return (
              <li
                key={s}
                aria-current={active ? "step" : undefined}
                className={cn(
                  "rounded-lg border bg-white p-4 shadow-sm",
                  active ? "border-brand-600" : "border-slate-200",
                )}
              >
                <h3 className="flex items-center gap-2 font-semibold text-slate-900">
                  <span
                    aria-hidden="true"
                    className={cn(
                      "inline-flex size-7 items-center justify-center rounded-full text-sm",
                      done ? "bg-emerald-600 text-white" : "bg-slate-200 text-slate-800",
                    )}
                  >
                    {done ? <Check inline className="size-4" /> : i + 1}
                  </span>
                  {steps(s)}
                  <span
                    className={cn(
                      "ml-auto font-normal text-sm",
                      done ? "text-emerald-800" : "text-slate-600",
                    )}
                  >
                    {done ? t("done") : active ? t("now") : t("later")}
                  </span>
                </h3>
                {active ? (
                  <div className="mt-4">
                    {s === "details" ? <DetailsStep guest={r.guest} guestCount={r.guestCount} /> : null}
                    {s === "party" ? (
                      <PartyStep
                        guest={r.guest}
                        guestCount={r.guestCount}
                        countries={countryOptions(locale)}
                      />
                    ) : null}
                    {s === "documents" ? <IdDocumentStep /> : null}
                    {s === "rules" ? <RulesStep rules={view.houseRules} /> : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        {view.complete ? (
          <p className="flex items-center gap-2 font-medium text-emerald-800">
            <CircleCheck inline aria-hidden="true" className="size-5" />
            {t("completeShort")}
          </p>
        ) : null}
      </section>
    </div>
  );
}
