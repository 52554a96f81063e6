import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { loadTicket } from "@/app/(portal)/_tickets/load-ticket";
import { TicketDetailView } from "@/components/tickets/ticket-detail";
import { pageActor } from "@/server/auth/page-guard";
import { featureEnabled } from "@/server/services/building/require-feature";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";

type Props = { params: Promise<{ id: string }> };

/** The resident's own ticket; another person's (or a made-up id) is simply not found, as the service says. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { allowed } = await pageActor(["resident"]);
  if (!allowed) return {};
  return { title: (await loadTicket((await params).id)).ticket.title };
}

export default rolePage(["resident"], async function ResidentTicketPage(actor, { params }: Props) {
  const [detail, options, t, maintenanceOn] = await Promise.all([
    loadTicket((await params).id),
    getTicketOptions(actor),
    getTranslations("tickets.resident"),
    featureEnabled(actor.buildingId, "maintenance"),
  ]);
  const unitId = detail.ticket.unitId;
  return (
    <TicketDetailView
      detail={detail}
      writable={maintenanceOn}
      unitNumber={options.units.find((u) => u.id === unitId)?.number ?? null}
      back={{ href: "/resident/tickets", label: t("back") }}
    />
  );
});
