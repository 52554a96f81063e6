import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { loadTicket } from "@/app/(portal)/_tickets/load-ticket";
import { TicketCosts } from "@/components/tickets/ticket-costs";
import { TicketDetailView } from "@/components/tickets/ticket-detail";
import { todayIn } from "@/lib/domain/stay-dates";
import { pageActor } from "@/server/auth/page-guard";
import { getBuilding } from "@/server/services/building/get-building";
import { featureEnabled } from "@/server/services/building/require-feature";
import { listTicketCosts } from "@/server/services/ticket-costs/list-ticket-costs";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { allowed } = await pageActor(["staff", "manager"]);
  if (!allowed) return {};
  return { title: (await loadTicket((await params).id)).ticket.title };
}

/** A ticket as staff and managers work it: everything the opener sees, plus assignment, status and due time. */
export default rolePage(["staff", "manager"], async function StaffTicketPage(actor, { params }: Props) {
  const id = (await params).id;
  const [detail, options, t, maintenanceOn, costs, building] = await Promise.all([
    loadTicket(id),
    getTicketOptions(actor),
    getTranslations("tickets.queue"),
    featureEnabled(actor.buildingId, "maintenance"),
    listTicketCosts(actor, id),
    getBuilding(actor),
  ]);
  const unitId = detail.ticket.unitId;
  return (
    <div className="space-y-6">
      <TicketDetailView
        detail={detail}
        writable={maintenanceOn}
        unitNumber={options.units.find((u) => u.id === unitId)?.number ?? null}
        back={{ href: "/staff/tickets", label: t("back") }}
        staff={{ me: actor.id, assignees: options.assignees }}
      />
      <TicketCosts
        ticketId={detail.ticket.id}
        costs={costs.costs}
        totalMinor={costs.totalMinor}
        currency={building.currency}
        today={todayIn(building.timezone)}
        defaultUnitId={unitId}
        units={options.units}
      />
    </div>
  );
});
