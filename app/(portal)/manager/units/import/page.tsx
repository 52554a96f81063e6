import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitImport } from "@/components/manager/unit-import";
import { NotAllowed } from "@/components/portal/not-allowed";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units.import"))("title") };
}

export default async function ImportUnitsPage() {
  const { actor, allowed } = await pageActor(["manager"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const t = await getTranslations("units.import");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <UnitImport />
    </div>
  );
}
