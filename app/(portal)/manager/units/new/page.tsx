import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/manager/unit-form";
import { NotAllowed } from "@/components/portal/not-allowed";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/server/auth/page-guard";
import { getActorBuilding } from "@/server/services/get-actor-building";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("newTitle") };
}

export default async function NewUnitPage() {
  const { actor, allowed } = await pageActor(["manager"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const [building, t] = await Promise.all([getActorBuilding(actor), getTranslations("units")]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <UnitForm currency={building.currency} />
    </div>
  );
}
