import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { loadTicket } from "@/app/(portal)/_tickets/load-ticket";
import { TicketDetailView } from "@/components/tickets/ticket-detail";
import type { Role } from "@/lib/roles";
import { pageActor } from "@/server/auth/page-guard";
import { featureEnabled } from "@/server/services/building/require-feature";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";
import { findUnitNumber } from "@/server/services/units/find-unit-number";

type Props = { params: Promise<{ id: string }> };

/**
 * A ticket's detail page for one audience: the opener's (residents, their own tickets; another person's or a made-up
 * id is simply not found, as the service says) or the team's (staff and managers, who also assign and move it).
 * The title is the ticket's; the unit is named with one read, not a list of the building's units.
 */
export function ticketDetailPage(audience: { roles: readonly Role[]; backHref: string; team: boolean }) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { allowed } = await pageActor(audience.roles);
    if (!allowed) return {};
    return { title: (await loadTicket((await params).id)).ticket.title };
  }
  const Page = rolePage(audience.roles, async function TicketPage(actor, { params }: Props) {
    const detail = await loadTicket((await params).id);
    const unitId = detail.ticket.unitId;
    const [unitNumber, assignees, t, maintenanceOn] = await Promise.all([
      unitId ? findUnitNumber(actor, unitId) : null,
      audience.team ? getTicketOptions(actor).then((o) => o.assignees) : [],
      getTranslations(audience.team ? "tickets.queue" : "tickets.resident"),
      featureEnabled(actor.buildingId, "maintenance"),
    ]);
    return (
      <TicketDetailView
        detail={detail}
        writable={maintenanceOn}
        unitNumber={unitNumber}
        back={{ href: audience.backHref, label: t("back") }}
        staff={audience.team ? { me: actor.id, assignees } : undefined}
      />
    );
  });
  return { generateMetadata, Page };
}
