import { PackageOpen } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { LogPackageForm } from "@/components/packages/log-package-form";
import { PackageList } from "@/components/packages/package-list";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPackageRecipients } from "@/server/services/packages/list-package-recipients";
import { listPackages } from "@/server/services/packages/list-packages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("packages.desk"))("metaTitle") };
}

/** The front desk's package room: log an arrival, see what waits (oldest first), record pickups. */
export default rolePage(
  ["staff", "manager"],
  async function PackageRoomPage(
    actor,
    { searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> },
  ) {
    const history = (await searchParams).status === "picked_up";
    const [t, units, list] = await Promise.all([
      getTranslations("packages.desk"),
      listPackageRecipients(actor),
      listPackages(actor, { status: history ? "picked_up" : "waiting", limit: 100 }),
    ]);
    const unitNumbers = Object.fromEntries(units.map((u) => [u.id, u.number]));
    return (
      <div className="space-y-8">
        <PageHeader title={t("title")} description={t("description")} />
        <Card>
          <CardHeader>
            <CardTitle>{t("logTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <LogPackageForm units={units} />
          </CardContent>
        </Card>
        <section aria-labelledby="packages-list" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="packages-list" className="font-semibold text-lg text-slate-900">
              {history ? t("historyTitle") : t("waitingTitle")}
            </h2>
            <Link
              className="text-brand-700 text-sm underline underline-offset-4"
              href={history ? "/staff/packages" : "/staff/packages?status=picked_up"}
            >
              {history ? t("showWaiting") : t("showHistory")}
            </Link>
          </div>
          {list.items.length === 0 ? (
            <EmptyState icon={<PackageOpen />} title={t("emptyTitle")} description={t("emptyBody")} />
          ) : (
            <PackageList packages={list.items} unitNumbers={unitNumbers} desk now={new Date()} />
          )}
        </section>
      </div>
    );
  },
);
