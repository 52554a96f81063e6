import { DataTable } from "@/components/ui/table";
import type { ReservationDTO } from "@/lib/domain/reservation";
import { formatStayRange } from "@/lib/format";
import { ReservationStatusBadge } from "./status-badge";

type Row = ReservationDTO & { unitNumber: string };

/** Stays as a table: unit, guest, dates, guests, status. Used on the resident and staff homes. */
export function StaysTable({ caption, rows, empty }: { caption: string; rows: Row[]; empty: string }) {
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      columns={[
        { key: "unit", header: "Unit", rowHeader: true, cell: (r) => r.unitNumber },
        { key: "guest", header: "Guest", cell: (r) => r.guest.name },
        { key: "dates", header: "Dates", cell: (r) => formatStayRange(r.checkIn, r.checkOut) },
        { key: "count", header: "Guests", align: "right", hideOnPhone: true, cell: (r) => r.guestCount },
        { key: "status", header: "Status", cell: (r) => <ReservationStatusBadge status={r.status} /> },
      ]}
    />
  );
}
