import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { NewTicketView } from "@/components/tickets/new-ticket-view";
import { Alert } from "@/components/ui/alert";
import { featureEnabled } from "@/server/services/building/require-feature";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.new"))("metaTitle") };
}

export default rolePage(["resident"], async function NewTicketPage(actor) {
  if (!(await featureEnabled(actor.buildingId, "maintenance"))) {
    return <Alert tone="warning">{(await getTranslations("tickets.new"))("off")}</Alert>;
  }
  const options = await getTicketOptions(actor);
  return <NewTicketView who="resident" units={options.units} />;
});
