import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { type PackageDTO, packageAgeDays } from "@/lib/domain/package";
import { PickupForm } from "./pickup-form";

const WHEN = {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
} as const;

/**
 * Parcels as cards (they read well on phones and wide screens alike): carrier, recipient, shelf, how long it has
 * waited (amber from 3 days, red from 7), and, for the desk, the pickup form; for residents, their PIN.
 */
export async function PackageList({
  packages,
  unitNumbers,
  desk,
  now,
}: {
  packages: PackageDTO[];
  unitNumbers: Record<string, string>;
  desk: boolean;
  now: Date;
}) {
  const [t, format] = await Promise.all([getTranslations("packages"), getFormatter()]);
  return (
    <ul className="space-y-3">
      {packages.map((p) => {
        const age = packageAgeDays(p, now);
        const tone =
          p.status !== "waiting" ? "neutral" : age >= 7 ? "danger" : age >= 3 ? "warning" : "success";
        return (
          <li
            key={p.id}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
            data-package={p.id}
          >
            <div className="flex flex-wrap items-center gap-2">
              <p className="font-medium text-slate-900">
                {p.carrier}
                {p.trackingNumber ? (
                  <span className="font-normal text-slate-600"> · {p.trackingNumber}</span>
                ) : null}
              </p>
              <Badge tone={tone}>{p.status === "waiting" ? t("age", { days: age }) : t("pickedUp")}</Badge>
            </div>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-slate-600">{t("fields.recipient")}</dt>
                <dd className="text-slate-900">
                  {p.recipientName} · {t("fields.unit", { unit: unitNumbers[p.unitId] ?? "—" })}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("fields.shelf")}</dt>
                <dd className="text-slate-900">{p.shelf ?? "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("fields.arrived")}</dt>
                <dd className="text-slate-900">{format.dateTime(new Date(p.loggedAt), WHEN)}</dd>
              </div>
              {p.status === "picked_up" && p.pickedUpAt ? (
                <div className="sm:col-span-3">
                  <dt className="text-slate-600">{t("fields.pickedUp")}</dt>
                  <dd className="text-slate-900">
                    {t("pickedUpBy", {
                      name: p.pickedUpBy ?? "—",
                      when: format.dateTime(new Date(p.pickedUpAt), WHEN),
                    })}
                  </dd>
                </div>
              ) : null}
            </dl>
            {p.pickupPin ? (
              <p className="text-slate-700 text-sm">
                {t("pinLabel")}:{" "}
                <span className="font-mono font-semibold text-base text-slate-900" data-testid="package-pin">
                  {p.pickupPin}
                </span>
              </p>
            ) : null}
            {desk && p.status === "waiting" ? (
              <PickupForm id={p.id} recipientName={p.recipientName} forPerson={p.recipientId !== null} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
