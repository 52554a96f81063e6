import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { DeviceForm } from "@/components/manager/device-form";
import { PageHeader } from "@/components/ui/page-header";
import { listUnitsForManager } from "@/server/services/units/list-units-for-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry"))("newTitle") };
}

export default rolePage(
  ["manager"],
  async function RegisterDevicePage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<{ unitId?: string }>;
    },
  ) {
    const [units, t] = await Promise.all([listUnitsForManager(actor), getTranslations("registry")]);
    const { unitId } = await searchParams;
    // a unit chosen from its own page comes first, so it is the default
    const ordered = unitId
      ? [...units.filter((u) => u.id === unitId), ...units.filter((u) => u.id !== unitId)]
      : units;
    return (
      <div className="max-w-3xl space-y-6">
        <PageHeader title={t("newTitle")} description={t("newDescription")} />
        <DeviceForm units={ordered.map((u) => ({ id: u.id, number: u.number }))} />
      </div>
    );
  },
);
