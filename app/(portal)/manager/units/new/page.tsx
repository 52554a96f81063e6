import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { UnitForm } from "@/components/manager/unit-form";
import { PageHeader } from "@/components/ui/page-header";
import { getBuilding } from "@/server/services/building/get-building";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("newTitle") };
}

export default rolePage(["manager"], async function NewUnitPage(actor) {
  const [building, t] = await Promise.all([getBuilding(actor), getTranslations("units")]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <UnitForm currency={building.currency} />
    </div>
  );
});
