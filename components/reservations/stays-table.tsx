import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/table";
import type { ReservationDTO } from "@/lib/domain/reservation";
import { asDay, DAY_FORMAT } from "@/lib/format";
import { ReservationStatusBadge } from "./status-badge";

/** What a row shows: a stay's DTO will do, or just these fields (the staff home's summaries carry no more). */
type Row = Pick<ReservationDTO, "id" | "checkIn" | "checkOut" | "guestCount" | "status"> & {
  guest: { name: string };
  unitNumber: string;
  unitReady?: boolean;
};

/**
 * Stays as a table: unit, guest, dates, guests, status. Used on the resident and staff homes; with `readiness`
 * (today's arrivals) a column says whether the unit's turnover is done.
 */
export function StaysTable({
  caption,
  rows,
  empty,
  readiness = false,
}: {
  caption: string;
  rows: Row[];
  empty: string;
  readiness?: boolean;
}) {
  const t = useTranslations("stays");
  const tt = useTranslations("turnovers.status");
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
        { key: "guest", header: t("guest"), cell: (r) => r.guest.name },
        {
          key: "dates",
          header: t("dates"),
          cell: (r) => format.dateTimeRange(asDay(r.checkIn), asDay(r.checkOut), DAY_FORMAT),
        },
        { key: "count", header: t("guests"), align: "right", hideOnPhone: true, cell: (r) => r.guestCount },
        { key: "status", header: t("status"), cell: (r) => <ReservationStatusBadge status={r.status} /> },
        ...(readiness
          ? [
              {
                key: "unitReady",
                header: tt("unitHeader"),
                cell: (r: Row) =>
                  r.unitReady === undefined ? (
                    <span className="text-slate-600">{tt("noTurnover")}</span>
                  ) : (
                    <Badge tone={r.unitReady ? "success" : "warning"} data-testid="unit-ready">
                      {r.unitReady ? tt("unitReady") : tt("unitNotReady")}
                    </Badge>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
