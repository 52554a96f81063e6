import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { UnitForm } from "@/components/manager/unit-form";
import { UnitResidentsForm } from "@/components/manager/unit-residents-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getBuilding } from "@/server/services/building/get-building";
import { loadUnit } from "./load-unit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("editTitle") };
}

/** One unit: its details, status and rate, and who lives there. */
export default rolePage(
  ["manager"],
  async function UnitPage(actor, { params }: { params: Promise<{ id: string }> }) {
    const found = await loadUnit((await params).id);
    if (!found) notFound();
    const [building, t] = await Promise.all([getBuilding(actor), getTranslations("units")]);
    const { unit, residents } = found;
    return (
      <div className="max-w-3xl space-y-6">
        <PageHeader
          eyebrow={
            <Link href="/manager/units" className="underline">
              {t("backToUnits")}
            </Link>
          }
          title={t("unitTitle", { number: unit.number })}
          description={t("editDescription")}
        />
        <Card>
          <CardHeader>
            <CardTitle>{t("detailsTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <UnitForm unit={unit} currency={building.currency} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("residents.title")}</CardTitle>
            <CardDescription>{t("residents.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <UnitResidentsForm unitId={unit.id} residents={residents} chosen={unit.residentIds} />
          </CardContent>
        </Card>
      </div>
    );
  },
);
