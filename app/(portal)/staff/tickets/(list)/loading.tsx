import { getTranslations } from "next-intl/server";
import { TicketListSkeleton } from "@/components/tickets/ticket-skeletons";

export default async function Loading() {
  return <TicketListSkeleton label={(await getTranslations("tickets"))("loading")} variant="table" />;
}
