import { Building2, Plus, Upload } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { UnitFilters } from "@/components/manager/unit-filters";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { UNIT_STATUSES, type UnitDTO, type UnitStatus } from "@/lib/domain/unit";
import { formatMoney } from "@/lib/money";
import { getBuilding } from "@/server/services/building/get-building";
import { listUnitsForManager } from "@/server/services/units/list-units-for-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("title") };
}

const TONE = { active: "success", blocked: "danger", maintenance: "warning" } as const;
type Search = { status?: string; rentable?: string; q?: string };

/** The building's units by floor and number, filtered by status, rentable flag and number. */
export default rolePage(
  ["manager"],
  async function UnitsPage(actor, { searchParams }: { searchParams: Promise<Search> }) {
    const sp = await searchParams;
    const status = (UNIT_STATUSES as readonly string[]).includes(sp.status ?? "")
      ? (sp.status as UnitStatus)
      : undefined;
    const rentable = sp.rentable === "yes" ? true : sp.rentable === "no" ? false : undefined;
    const [units, building, t, statusName, typeName] = await Promise.all([
      listUnitsForManager(actor, { status, rentable, q: sp.q }),
      getBuilding(actor),
      getTranslations("units"),
      getTranslations("unitStatus"),
      getTranslations("units.types"),
    ]);
    const filtered = Boolean(status || rentable !== undefined || sp.q);
    return (
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <>
              <LinkButton variant="secondary" href="/manager/units/import" icon={Upload}>
                {t("importLink")}
              </LinkButton>
              <LinkButton href="/manager/units/new" icon={Plus}>
                {t("add")}
              </LinkButton>
            </>
          }
        />
        <UnitFilters values={{ status, rentable: sp.rentable, q: sp.q }} />
        {units.length === 0 && !filtered ? (
          <EmptyState icon={<Building2 />} title={t("empty")} description={t("emptyBody")} />
        ) : (
          <DataTable<UnitDTO>
            caption={t("caption", { count: units.length })}
            rows={units}
            rowKey={(u) => u.id}
            empty={t("noMatch")}
            columns={[
              {
                key: "number",
                header: t("columns.number"),
                rowHeader: true,
                cell: (u) => (
                  <Link href={`/manager/units/${u.id}`} className="text-brand-700 underline">
                    {t("unitLink", { number: u.number })}
                  </Link>
                ),
              },
              { key: "floor", header: t("columns.floor"), cell: (u) => u.floor, align: "right" },
              { key: "type", header: t("columns.type"), cell: (u) => typeName(u.type), hideOnPhone: true },
              {
                key: "capacity",
                header: t("columns.capacity"),
                cell: (u) => u.capacity,
                align: "right",
                hideOnPhone: true,
              },
              {
                key: "status",
                header: t("columns.status"),
                cell: (u) => <Badge tone={TONE[u.status]}>{statusName(u.status)}</Badge>,
              },
              {
                key: "rentable",
                header: t("columns.rentable"),
                cell: (u) => (u.rentable ? t("yes") : t("no")),
              },
              {
                key: "rate",
                header: t("columns.rate"),
                align: "right",
                hideOnPhone: true,
                cell: (u) =>
                  u.nightlyRateMinor == null
                    ? "—"
                    : formatMoney(u.nightlyRateMinor, building.currency, building.locale),
              },
              {
                key: "residents",
                header: t("columns.residents"),
                cell: (u) => u.residentIds.length,
                align: "right",
                hideOnPhone: true,
              },
            ]}
          />
        )}
      </div>
    );
  },
);
