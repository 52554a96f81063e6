import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { AmenityBookingDTO } from "@/lib/domain/amenity";
import { CancelBookingButton } from "./cancel-booking-button";

const WHEN = {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
} as const;
const TIME = { hour: "2-digit", minute: "2-digit" } as const;

/** The person's bookings: when, the door code while it stands, and a cancel button for the ones still ahead. */
export async function MyBookings({ bookings, now }: { bookings: AmenityBookingDTO[]; now: number }) {
  const [t, format] = await Promise.all([getTranslations("amenities.mine"), getFormatter()]);
  return (
    <section aria-labelledby="my-bookings" className="space-y-3">
      <h2 id="my-bookings" className="font-semibold text-lg text-slate-900">
        {t("title")}
      </h2>
      {bookings.length === 0 ? (
        <p className="text-slate-600 text-sm">{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {bookings.map((b) => {
            const when = `${format.dateTime(new Date(b.startsAt), WHEN)}–${format.dateTime(new Date(b.endsAt), TIME)}`;
            const summary = `${b.amenityName}, ${when}`;
            return (
              <li
                key={b.id}
                className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="space-y-1">
                  <p className="font-medium text-slate-900">{summary}</p>
                  {b.status === "cancelled" ? <Badge>{t("cancelled")}</Badge> : null}
                  {b.status === "cancelled" && b.access?.removal ? (
                    <p className="text-amber-800 text-sm" data-testid="booking-removal-owed">
                      {t("removalOwed", {
                        count: b.access.removal.deviceIds.length,
                        attempts: b.access.removal.attempts,
                      })}
                    </p>
                  ) : null}
                  {b.status === "confirmed" && b.access?.pin ? (
                    <p className="text-slate-700 text-sm">
                      {t("code")}:{" "}
                      <span
                        className="font-mono font-semibold text-base text-slate-900"
                        data-testid="amenity-pin"
                      >
                        {b.access.pin}
                      </span>{" "}
                      <span className="text-slate-600">
                        (
                        {t("codeHint", {
                          from: format.dateTime(new Date(b.access.validFrom), TIME),
                          until: format.dateTime(new Date(b.access.validUntil), TIME),
                        })}
                        )
                      </span>
                    </p>
                  ) : null}
                </div>
                {b.status === "confirmed" && Date.parse(b.endsAt) > now ? (
                  <CancelBookingButton id={b.id} summary={summary} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
