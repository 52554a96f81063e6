import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { readOr404 } from "@/app/(portal)/_gate/detail-loader";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { PersonAccessForm } from "@/components/people/person-access-form";
import { PersonStatusBadge } from "@/components/people/person-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getPerson } from "@/server/services/people/get-person";
import { listUnits } from "@/server/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people.detail"))("metaTitle") };
}

/** One person: who they are, and their access (role, unit, status, invitation). */
export default rolePage(
  ["manager"],
  async function PersonPage(actor, { params }: { params: Promise<{ id: string }> }) {
    const person = await readOr404((await params).id, (id) => getPerson(actor, id));
    const [units, t, roles, format] = await Promise.all([
      listUnits(actor, { limit: 200 }),
      getTranslations("people.detail"),
      getTranslations("roles"),
      getFormatter(),
    ]);
    return (
      <div className="space-y-6">
        <Link href="/manager/people" className="text-brand-700 text-sm underline underline-offset-4">
          {t("back")}
        </Link>
        <PageHeader
          title={person.name}
          description={person.email}
          actions={<PersonStatusBadge status={person.status} />}
        />
        <Card>
          <CardHeader>
            <CardTitle>{t("facts")}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-slate-600">{t("role")}</dt>
                <dd className="font-medium text-slate-900">{roles(person.role)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("since")}</dt>
                <dd className="font-medium text-slate-900">
                  {format.dateTime(new Date(person.createdAt), { dateStyle: "medium" })}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("lastLogin")}</dt>
                <dd className="font-medium text-slate-900">
                  {person.lastLoginAt
                    ? format.dateTime(new Date(person.lastLoginAt), {
                        dateStyle: "medium",
                        timeStyle: "short",
                      })
                    : t("never")}
                </dd>
              </div>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("access")}</CardTitle>
          </CardHeader>
          <CardContent>
            <PersonAccessForm
              person={{ id: person.id, role: person.role, status: person.status, unitIds: person.unitIds }}
              units={units.items.map((u) => ({ id: u.id, number: u.number }))}
              isSelf={person.id === actor.id}
            />
          </CardContent>
        </Card>
      </div>
    );
  },
);
