import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/portal/not-allowed";
import { NewStayView } from "@/components/reservations/new-stay-view";
import { pageActor } from "@/server/auth/page-guard";
import { listBookableUnitsForActor } from "@/server/services/list-bookable-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.book"))("title") };
}

/** Managers book any rentable unit of the building (the service checks the role again). */
export default async function ManagerNewStayPage() {
  const { actor, allowed } = await pageActor(["manager"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const { units, today } = await listBookableUnitsForActor(actor, { limit: 200, activeWithRateOnly: true });
  return <NewStayView who="manager" units={units} today={today} />;
}
