import { getFormatter, getTranslations } from "next-intl/server";
import type { AmenityBookingDTO } from "@/lib/domain/amenity";

const TIME = { hour: "2-digit", minute: "2-digit" } as const;

/** The day's bookings for the front desk: a table on wide screens, one card per booking on phones. */
export async function AmenitySchedule({
  bookings,
  unitNumbers,
}: {
  bookings: AmenityBookingDTO[];
  unitNumbers: Record<string, string>;
}) {
  const [t, format] = await Promise.all([getTranslations("amenities.schedule"), getFormatter()]);
  if (bookings.length === 0) return <p className="text-slate-600 text-sm">{t("empty")}</p>;
  const rows = bookings.map((b) => ({
    id: b.id,
    time: `${format.dateTime(new Date(b.startsAt), TIME)}–${format.dateTime(new Date(b.endsAt), TIME)}`,
    amenity: b.amenityName,
    who: b.bookedBy.name,
    unit: b.unitId ? (unitNumbers[b.unitId] ?? "—") : "—",
    door: b.access ? t("doorIssued") : t("noDoor"),
  }));
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm sm:table">
        <thead className="border-slate-200 border-b text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("columns.time")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("columns.amenity")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("columns.who")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("columns.unit")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("columns.door")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="py-2 pr-4 tabular-nums">{r.time}</td>
              <td className="py-2 pr-4">{r.amenity}</td>
              <td className="py-2 pr-4">{r.who}</td>
              <td className="py-2 pr-4">{r.unit}</td>
              <td className="py-2">{r.door}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-2 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium text-slate-900">
              {r.time} · {r.amenity}
            </p>
            <p className="text-slate-700">
              {r.who} · {t("columns.unit")} {r.unit} · {r.door}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
