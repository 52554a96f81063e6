import { PackageOpen } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { PackageList } from "@/components/packages/package-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listDeviceUnits } from "@/server/services/devices/list-device-options";
import { listPackages } from "@/server/services/packages/list-packages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("packages.mine"))("metaTitle") };
}

/** A resident's parcels: what waits at the desk (with the PIN to show) and what was picked up. */
export default rolePage(["resident"], async function ResidentPackagesPage(actor) {
  const [t, list, units] = await Promise.all([
    getTranslations("packages.mine"),
    listPackages(actor, { limit: 50 }),
    listDeviceUnits(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {list.items.length === 0 ? (
        <EmptyState icon={<PackageOpen />} title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <PackageList
          packages={list.items}
          unitNumbers={Object.fromEntries(units.map((u) => [u.id, u.number]))}
          desk={false}
          now={new Date()}
        />
      )}
    </div>
  );
});
