import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ReservationStatus } from "@/lib/domain/reservation";

const TONE: Record<ReservationStatus, BadgeTone> = {
  pending: "warning",
  confirmed: "info",
  checked_in: "success",
  checked_out: "neutral",
  cancelled: "danger",
};
const LABEL: Record<ReservationStatus, string> = {
  pending: "Pending",
  confirmed: "Confirmed",
  checked_in: "Checked in",
  checked_out: "Checked out",
  cancelled: "Cancelled",
};

export function ReservationStatusBadge({ status }: { status: ReservationStatus }) {
  return <Badge tone={TONE[status]}>{LABEL[status]}</Badge>;
}
