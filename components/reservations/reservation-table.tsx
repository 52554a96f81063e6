import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { stayRange } from "@/components/reservations/stay-range";
import { DataTable } from "@/components/ui/table";
import type { ReservationDTO } from "@/lib/domain/reservation";
import { ReservationStatusBadge } from "./status-badge";

export type ReservationRow = ReservationDTO & { unitNumber: string };

/** Stays with a link to each one's page (`{hrefBase}/{id}`): unit, guest, dates, guests, status. */
export function ReservationTable({
  caption,
  rows,
  empty,
  hrefBase,
}: {
  caption: string;
  rows: ReservationRow[];
  empty: string;
  hrefBase: string;
}) {
  const t = useTranslations("stays");
  const format = useFormatter();
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      columns={[
        { key: "unit", header: t("unit"), rowHeader: true, cell: (r) => r.unitNumber },
        {
          key: "guest",
          header: t("guest"),
          cell: (r) => (
            <Link
              href={`${hrefBase}/${r.id}`}
              className="font-medium text-brand-700 underline underline-offset-4"
            >
              {r.guest.name}
            </Link>
          ),
        },
        {
          key: "dates",
          header: t("dates"),
          cell: (r) => stayRange(format, r.checkIn, r.checkOut),
        },
        { key: "count", header: t("guests"), align: "right", hideOnPhone: true, cell: (r) => r.guestCount },
        { key: "status", header: t("status"), cell: (r) => <ReservationStatusBadge status={r.status} /> },
      ]}
    />
  );
}
