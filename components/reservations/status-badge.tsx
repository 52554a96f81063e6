import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ReservationStatus } from "@/lib/domain/reservation";

const TONE: Record<ReservationStatus, BadgeTone> = {
  pending: "warning",
  confirmed: "info",
  checked_in: "success",
  checked_out: "neutral",
  cancelled: "danger",
  no_show: "warning",
};

export function ReservationStatusBadge({ status }: { status: ReservationStatus }) {
  const t = useTranslations("reservationStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
