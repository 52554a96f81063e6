import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/portal/not-allowed";
import { NewStayView } from "@/components/reservations/new-stay-view";
import { pageActor } from "@/server/auth/page-guard";
import { listBookableUnitsForActor } from "@/server/services/list-bookable-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.book"))("title") };
}

type Props = { searchParams: Promise<{ unit?: string }> };

/** Book a stay in one of the resident's rentable units; the rules and rates come from availability. */
export default async function NewStayPage({ searchParams }: Props) {
  const { actor, allowed } = await pageActor(["resident"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const params = await searchParams;
  const { units, today } = await listBookableUnitsForActor(actor, { limit: 50, activeWithRateOnly: false });
  return <NewStayView who="resident" units={units} today={today} defaultUnitId={params.unit} />;
}
