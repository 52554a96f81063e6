import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { InviteForm } from "@/components/people/invite-form";
import { PeopleFilters } from "@/components/people/people-filters";
import { PersonStatusBadge } from "@/components/people/person-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { listPeopleQuerySchema } from "@/lib/domain/people";
import { listUsers } from "@/server/services/people/list-users";
import { listUnits } from "@/server/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The building's people with role/status filters, and the invite form. */
export default rolePage(
  ["manager"],
  async function PeoplePage(actor, { searchParams }: { searchParams: Search }) {
    const raw = await searchParams;
    const parsed = listPeopleQuerySchema.safeParse({
      role: raw.role || undefined,
      status: raw.status || undefined,
      cursor: raw.cursor || undefined,
    });
    const q = parsed.success ? parsed.data : { limit: 50 };
    const [page, units, t, roles] = await Promise.all([
      listUsers(actor, q),
      listUnits(actor, { limit: 200 }),
      getTranslations("people"),
      getTranslations("roles"),
    ]);
    const unitNumber = new Map(units.items.map((u) => [u.id, u.number]));
    const next = page.cursor
      ? `?${new URLSearchParams({ ...(parsed.success && parsed.data.role ? { role: parsed.data.role } : {}), ...(parsed.success && parsed.data.status ? { status: parsed.data.status } : {}), cursor: page.cursor })}`
      : null;
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("description")} />
        <Card>
          <CardHeader>
            <CardTitle>{t("invite.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <InviteForm units={units.items.map((u) => ({ id: u.id, number: u.number }))} />
          </CardContent>
        </Card>
        <PeopleFilters
          values={{
            role: parsed.success ? parsed.data.role : undefined,
            status: parsed.success ? parsed.data.status : undefined,
          }}
        />
        <DataTable
          caption={t("tableCaption")}
          rows={page.items}
          rowKey={(u) => u.id}
          empty={t("empty")}
          columns={[
            {
              key: "name",
              header: t("columns.name"),
              rowHeader: true,
              cell: (u) => (
                <Link
                  href={`/manager/people/${u.id}`}
                  className="font-medium text-brand-700 underline underline-offset-4"
                >
                  {u.name}
                </Link>
              ),
            },
            { key: "email", header: t("columns.email"), hideOnPhone: true, cell: (u) => u.email },
            { key: "role", header: t("columns.role"), cell: (u) => roles(u.role) },
            {
              key: "status",
              header: t("columns.status"),
              cell: (u) => <PersonStatusBadge status={u.status} />,
            },
            {
              key: "units",
              header: t("columns.units"),
              hideOnPhone: true,
              cell: (u) => u.unitIds.map((id) => unitNumber.get(id) ?? id).join(", ") || "—",
            },
          ]}
        />
        {next ? (
          <LinkButton variant="secondary" href={next}>
            {t("next")}
          </LinkButton>
        ) : null}
      </div>
    );
  },
);
