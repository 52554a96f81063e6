import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { NewStayView } from "@/components/reservations/new-stay-view";
import { listBookableUnits } from "@/server/services/reservations/list-bookable-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.book"))("title") };
}

/** Managers book any rentable unit of the building (the service checks the role again). */
export default rolePage(["manager"], async function ManagerNewStayPage(actor) {
  const { units, today } = await listBookableUnits(actor, { limit: 200, activeWithRateOnly: true });
  return <NewStayView who="manager" units={units} today={today} />;
});
