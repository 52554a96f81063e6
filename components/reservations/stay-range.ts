import { asDay, DAY_FORMAT } from "@/lib/format";

type RangeOptions = typeof DAY_FORMAT & { year?: "numeric" };
type Formatter = { dateTimeRange: (a: Date, b: Date, o: RangeOptions) => string };

/** A stay's dates as a range; with the year when the stay is not in the current year (bookings run years ahead). */
export function stayRange(format: Formatter, checkIn: string, checkOut: string): string {
  const thisYear = String(new Date().getUTCFullYear());
  const withYear = checkIn.slice(0, 4) !== thisYear || checkOut.slice(0, 4) !== thisYear;
  return format.dateTimeRange(
    asDay(checkIn),
    asDay(checkOut),
    withYear ? { ...DAY_FORMAT, year: "numeric" } : DAY_FORMAT,
  );
}
