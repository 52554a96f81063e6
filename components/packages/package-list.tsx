import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { type PackageDTO, packageAgeDays } from "@/lib/domain/package";
import { AllowPickupForm } from "./allow-pickup-form";
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
            {p.photoUrl ? (
              // biome-ignore lint/performance/noImgElement: a short-lived signed S3 link, not an optimisable asset
              <img
                src={p.photoUrl}
                alt={t("fields.photo", { carrier: p.carrier })}
                loading="lazy"
                className="h-28 w-40 rounded-md object-cover"
              />
            ) : null}
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
              {p.allowedPickup && p.status === "waiting" ? (
                <div className="sm:col-span-3">
                  <dt className="text-slate-600">{t("fields.allowed")}</dt>
                  <dd className="font-medium text-slate-900" data-testid="package-allowed">
                    {p.allowedPickup.name}
                  </dd>
                </div>
              ) : null}
              {p.status === "picked_up" && p.pickedUpAt ? (
                <div className="sm:col-span-3">
                  <dt className="text-slate-600">{t("fields.pickedUp")}</dt>
                  <dd className="text-slate-900">
                    {t("pickedUpBy", {
                      name: p.pickedUpBy ?? "—",
                      when: format.dateTime(new Date(p.pickedUpAt), WHEN),
                    })}
                    {p.pickupMethod ? ` · ${t("fields.method")}: ${t(`methods.${p.pickupMethod}`)}` : ""}
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
            {p.signatureUrl ? (
              // biome-ignore lint/performance/noImgElement: a short-lived signed S3 link, not an optimisable asset
              <img
                src={p.signatureUrl}
                alt={t("fields.signatureOf", { name: p.pickedUpBy ?? "—" })}
                className="h-16 rounded border border-slate-200 bg-white"
              />
            ) : null}
            {desk && p.status === "waiting" ? (
              <PickupForm
                id={p.id}
                recipientName={p.recipientName}
                forPerson={p.recipientId !== null}
                allowedName={p.allowedPickup?.name ?? null}
              />
            ) : null}
            {!desk && p.status === "waiting" ? (
              <AllowPickupForm id={p.id} current={p.allowedPickup?.name ?? null} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
