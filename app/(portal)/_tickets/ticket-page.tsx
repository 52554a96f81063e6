import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadTicket } from "@/app/(portal)/_tickets/load-ticket";
import { TicketCosts } from "@/components/tickets/ticket-costs";
import { TicketDetailView } from "@/components/tickets/ticket-detail";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Actor, Role } from "@/lib/roles";
import { pageActor } from "@/server/auth/page-guard";
import { getBuilding } from "@/server/services/building/get-building";
import { featureEnabled } from "@/server/services/building/require-feature";
import { listTicketCosts } from "@/server/services/ticket-costs/list-ticket-costs";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";
import { findUnitNumber } from "@/server/services/units/find-unit-number";

export type TicketPageProps = { params: Promise<{ id: string }> };

/** The page's title is the ticket's (only for those the page is for; the page itself says when it is not). */
export async function ticketMetadata(roles: readonly Role[], { params }: TicketPageProps): Promise<Metadata> {
  const { allowed } = await pageActor(roles);
  if (!allowed) return {};
  return { title: (await loadTicket((await params).id)).ticket.title };
}

/**
 * A ticket's detail for one audience: the opener's (residents, their own tickets; another person's or a made-up
 * id is simply not found, as the service says) or the team's (staff and managers, who also assign and move it).
 * The unit is named with one read, not a list of the building's units.
 */
export async function TicketPage({
  actor,
  id,
  backHref,
  team,
}: {
  actor: Actor;
  id: string;
  backHref: string;
  team: boolean;
}) {
  const detail = await loadTicket(id);
  const unitId = detail.ticket.unitId;
  const [unitNumber, options, t, maintenanceOn, costs, building] = await Promise.all([
    unitId ? findUnitNumber(actor, unitId) : null,
    team ? getTicketOptions(actor) : null,
    getTranslations(team ? "tickets.queue" : "tickets.resident"),
    featureEnabled(actor.buildingId, "maintenance"),
    // the team also records labour and materials (a unit to charge is chosen from the building's units)
    team ? listTicketCosts(actor, detail.ticket.id) : null,
    team ? getBuilding(actor) : null,
  ]);
  const view = (
    <TicketDetailView
      detail={detail}
      writable={maintenanceOn}
      unitNumber={unitNumber}
      back={{ href: backHref, label: t("back") }}
      staff={options ? { me: actor.id, assignees: options.assignees } : undefined}
    />
  );
  if (!options || !costs || !building) return view;
  return (
    <div className="space-y-6">
      {view}
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
}
