import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { loadTicket } from "@/app/(portal)/_tickets/load-ticket";
import { TicketDetailView } from "@/components/tickets/ticket-detail";
import { pageActor } from "@/server/auth/page-guard";
import { featureEnabled } from "@/server/services/building/require-feature";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { allowed } = await pageActor(["staff", "manager"]);
  if (!allowed) return {};
  return { title: (await loadTicket((await params).id)).ticket.title };
}

/** A ticket as staff and managers work it: everything the opener sees, plus assignment, status and due time. */
export default rolePage(["staff", "manager"], async function StaffTicketPage(actor, { params }: Props) {
  const [detail, options, t, maintenanceOn] = await Promise.all([
    loadTicket((await params).id),
    getTicketOptions(actor),
    getTranslations("tickets.queue"),
    featureEnabled(actor.buildingId, "maintenance"),
  ]);
  const unitId = detail.ticket.unitId;
  return (
    <TicketDetailView
      detail={detail}
      writable={maintenanceOn}
      unitNumber={options.units.find((u) => u.id === unitId)?.number ?? null}
      back={{ href: "/staff/tickets", label: t("back") }}
      staff={{ me: actor.id, assignees: options.assignees }}
    />
  );
});
