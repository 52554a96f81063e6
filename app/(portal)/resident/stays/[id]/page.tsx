import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { loadStay } from "@/app/(portal)/_reservations/load-stay";
import { NotAllowed } from "@/components/portal/not-allowed";
import { CancelStayButton } from "@/components/reservations/cancel-stay-button";
import { StayDetail } from "@/components/reservations/stay-detail";
import { stayRange } from "@/components/reservations/stay-range";
import { StayTimeRequests } from "@/components/stay-times/stay-time-requests";
import { stayTimePanel } from "@/lib/domain/stay-time-request";
import { getBuilding } from "@/server/services/building/get-building";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.detail"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/**
 * One of the resident's stays: its facts, the guest's check-in progress, cancel, and the guest's early check-in /
 * late check-out requests (the host approves or declines, or sets a time). Others' stays are 404.
 */
export default rolePage(["resident"], async function ResidentStayPage(actor, { params }: Props) {
  const loaded = await loadStay((await params).id, "resident");
  if (!loaded) return <NotAllowed role={actor.role} />;
  const r = loaded.reservation;
  const [t, format, building] = await Promise.all([
    getTranslations("reservations.detail"),
    getFormatter(),
    getBuilding(actor),
  ]);
  const summary = `${r.guest.name}, ${stayRange(format, r.checkIn, r.checkOut)}`;
  const cancellable = r.status === "confirmed" || r.status === "pending";
  return (
    <StayDetail
      r={r}
      unitNumber={loaded.unitNumber}
      back={{ href: "/resident/stays", label: t("back") }}
      actions={cancellable ? <CancelStayButton id={r.id} summary={summary} /> : null}
    >
      <StayTimeRequests
        reservationId={r.id}
        {...stayTimePanel(r, building.config, building.currency)}
        canAsk={["pending", "confirmed", "checked_in"].includes(r.status)}
        canDecide
      />
    </StayDetail>
  );
});
