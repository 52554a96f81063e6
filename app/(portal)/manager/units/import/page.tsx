import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { UnitImport } from "@/components/manager/unit-import";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units.import"))("title") };
}

export default rolePage(["manager"], async function ImportUnitsPage() {
  const t = await getTranslations("units.import");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <UnitImport />
    </div>
  );
});
