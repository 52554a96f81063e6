import { useFormatter, useTranslations } from "next-intl";
import type { GuestActions } from "@/server/services/checkin/get-guest-actions";
import { DoorOpen } from "./guest-icons";
import { DoorRow } from "./guest-stay-on-demand";

/**
 * The guest's doors (issue 17, item 7): "Unlock" on each, after a confirmation that they are at the door. The
 * result is the lock's own answer (acknowledged, refused, no answer), announced to screen readers. Outside the
 * stay, or where the building does not allow it, the card says why and offers no button. A server component: only
 * the door rows (door-row.tsx, with the confirmation dialog) load in the browser, and only when there are some.
 */
export function GuestDoors({ actions, timeZone }: { actions: GuestActions; timeZone: string }) {
  const t = useTranslations("guestStay.doors");
  const format = useFormatter();
  const { blocked, validFrom, validUntil } = actions.unlock;
  if (blocked === "not_allowed" || actions.doors.length === 0) return null;
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <section
      aria-labelledby="guest-doors-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="guest-doors-title" className="flex items-center gap-2 font-semibold text-lg text-slate-900">
        <DoorOpen aria-hidden="true" className="size-5 text-brand-700" />
        {t("title")}
      </h2>
      {blocked ? (
        <p className="mt-2 text-slate-700 text-sm" data-testid="unlock-blocked">
          {blocked === "before_stay"
            ? t("beforeStay", { from: when(validFrom) })
            : blocked === "after_stay"
              ? t("afterStay")
              : t("checkinFirst")}
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {actions.doors.map((d) => (
            <li key={d.id}>
              <DoorRow door={d} />
            </li>
          ))}
        </ul>
      )}
      {!blocked ? (
        <p className="mt-3 text-slate-600 text-xs">{t("until", { until: when(validUntil) })}</p>
      ) : null}
    </section>
  );
}
