import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/portal/not-allowed";
import { NewTicketView } from "@/components/tickets/new-ticket-view";
import { Alert } from "@/components/ui/alert";
import { pageActor } from "@/server/auth/page-guard";
import { listTicketOptions } from "@/server/services/list-ticket-options";
import { featureEnabled } from "@/server/services/require-feature";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.staffNew"))("metaTitle") };
}

/** Staff and managers open tickets for any unit of the building or a common area (a lobby light, the garage gate). */
export default async function StaffNewTicketPage() {
  const { actor, allowed } = await pageActor(["staff", "manager"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  if (!(await featureEnabled(actor.buildingId, "maintenance"))) {
    return <Alert tone="warning">{(await getTranslations("tickets.new"))("off")}</Alert>;
  }
  const options = await listTicketOptions(actor);
  return <NewTicketView who="staff" units={options.units} />;
}
