import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { NewStayView } from "@/components/reservations/new-stay-view";
import { listBookableUnits } from "@/server/services/reservations/list-bookable-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.book"))("title") };
}

type Props = { searchParams: Promise<{ unit?: string }> };

/** Book a stay in one of the resident's rentable units; the rules and rates come from availability. */
export default rolePage(["resident"], async function NewStayPage(actor, { searchParams }: Props) {
  const params = await searchParams;
  const { units, today } = await listBookableUnits(actor, { limit: 50, activeWithRateOnly: false });
  return <NewStayView who="resident" units={units} today={today} defaultUnitId={params.unit} />;
});
