import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { Availability, NightState } from "@/lib/domain/reservation-api";
import { asDay } from "@/lib/format";

const STYLE: Record<NightState, string> = {
  free: "bg-white text-slate-900",
  booked: "bg-brand-600 text-white",
  buffer:
    "bg-amber-100 text-amber-900 [background-image:repeating-linear-gradient(45deg,transparent_0_4px,rgb(251_191_36/.5)_4px_6px)]",
  blocked:
    "bg-slate-300 text-slate-900 [background-image:repeating-linear-gradient(-45deg,transparent_0_4px,rgb(71_85_105/.35)_4px_6px)]",
};
const MARK: Record<NightState, string> = { free: "", booked: "●", buffer: "◐", blocked: "×" };

export const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};

/**
 * One unit's month as a table: weeks in rows, weekdays in columns (Monday first), each night a cell whose
 * text says its state for screen readers and whose mark and pattern say it for the eye (never colour alone).
 */
export function AvailabilityCalendar({
  data,
  hrefFor,
}: {
  data: Availability;
  hrefFor: (month: string) => string;
}) {
  const t = useTranslations("reservations.calendar");
  const format = useFormatter();
  const first = asDay(data.nights[0]?.date ?? `${data.month}-01`);
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (Availability["nights"][number] | null)[] = [...Array(lead).fill(null), ...data.nights];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const monday = asDay("2024-01-01");
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * 86_400_000));
  const monthLabel = format.dateTime(first, { month: "long", year: "numeric", timeZone: "UTC" });
  const caption = t("caption", { number: data.unit.number, month: monthLabel });
  const prev = shiftMonth(data.month, -1);
  const next = shiftMonth(data.month, 1);
  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{caption}</h3>
        <nav aria-label={t("navLabel", { number: data.unit.number })} className="flex gap-1">
          <Link
            href={hrefFor(prev)}
            scroll={false}
            className="inline-flex size-10 items-center justify-center rounded-md border border-slate-300 bg-white hover:bg-slate-50"
            aria-label={t("previous")}
          >
            <ChevronLeft aria-hidden="true" className="size-5" />
          </Link>
          <Link
            href={hrefFor(next)}
            scroll={false}
            className="inline-flex size-10 items-center justify-center rounded-md border border-slate-300 bg-white hover:bg-slate-50"
            aria-label={t("next")}
          >
            <ChevronRight aria-hidden="true" className="size-5" />
          </Link>
        </nav>
      </div>
      <table className="w-full table-fixed border-collapse text-center text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d.toISOString()} scope="col" className="pb-1 font-medium text-slate-600 text-xs">
                <abbr
                  title={format.dateTime(d, { weekday: "long", timeZone: "UTC" })}
                  className="no-underline"
                >
                  {format.dateTime(d, { weekday: "narrow", timeZone: "UTC" })}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)?.date}>
              {week.map((n, i) =>
                n ? (
                  <td key={n.date} className="p-0.5">
                    <div
                      className={cn(
                        "flex h-11 flex-col items-center justify-center rounded-md border border-slate-200",
                        STYLE[n.state],
                        n.date === data.today && "ring-2 ring-brand-800 ring-offset-1",
                      )}
                    >
                      <span aria-hidden="true" className="font-medium tabular-nums">
                        {Number(n.date.slice(8))}
                      </span>
                      <span aria-hidden="true" className="text-[10px] leading-none">
                        {MARK[n.state]}
                      </span>
                      <span className="sr-only">
                        {t(n.date === data.today ? "cellToday" : "cell", {
                          date: format.dateTime(asDay(n.date), {
                            weekday: "long",
                            day: "numeric",
                            month: "long",
                            timeZone: "UTC",
                          }),
                          state: t(n.state),
                        })}
                      </span>
                    </div>
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: padding cells have nothing else to key on
                  <td key={`pad-${i}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-slate-700 text-xs" aria-label={t("legend")}>
        {(["free", "booked", "buffer", "blocked"] as const).map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={cn(
                "inline-flex size-4 items-center justify-center rounded border border-slate-300 text-[9px]",
                STYLE[s],
              )}
            >
              {MARK[s]}
            </span>
            {t(s)}
          </li>
        ))}
      </ul>
    </div>
  );
}
