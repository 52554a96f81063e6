import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { DecidePassButtons } from "@/components/passes/decide-pass-buttons";
import { IssuePassForm } from "@/components/passes/issue-pass-form";
import { PassList } from "@/components/passes/pass-list";
import { RevokePassButton } from "@/components/passes/revoke-pass-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/domain/stay-dates";
import { getBuilding } from "@/server/services/building/get-building";
import { listPasses } from "@/server/services/passes/list-passes";
import { listPassDoorOptions } from "@/server/services/passes/pass-door-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passes.desk"))("metaTitle") };
}

/** The building's passes: those waiting for approval first, then all; staff issue passes for vendors too. */
export default rolePage(["staff", "manager"], async function StaffPassesPage(actor) {
  const [t, ti, building, options, list] = await Promise.all([
    getTranslations("passes.desk"),
    getTranslations("passes.issue"),
    getBuilding(actor),
    listPassDoorOptions(actor),
    listPasses(actor, { limit: 100 }),
  ]);
  const doorNames = Object.fromEntries(options.doors.map((d) => [d.id, d.name]));
  const waiting = list.items.filter((p) => p.status === "pending");
  const common = { doorNames, timeZone: building.timezone, detailBase: "/staff/passes" };
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {waiting.length ? (
        <section aria-labelledby="passes-pending" className="space-y-3">
          <h2 id="passes-pending" className="font-semibold text-lg text-slate-900">
            {t("pendingTitle")}
          </h2>
          <PassList
            passes={waiting}
            {...common}
            actions={(p) => <DecidePassButtons id={p.id} name={p.holder.name} />}
          />
        </section>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>{ti("title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <IssuePassForm
            groups={options.groups}
            doors={options.doors}
            timeZone={building.timezone}
            today={todayIn(building.timezone)}
          />
        </CardContent>
      </Card>
      <section aria-labelledby="passes-all" className="space-y-3">
        <h2 id="passes-all" className="font-semibold text-lg text-slate-900">
          {t("allTitle")}
        </h2>
        {list.items.length === 0 ? (
          <EmptyState icon={<KeyRound />} title={t("emptyTitle")} description={t("emptyBody")} />
        ) : (
          <PassList
            passes={list.items}
            {...common}
            actions={(p) =>
              p.status === "active" || p.status === "pending" ? (
                <RevokePassButton id={p.id} name={p.holder.name} />
              ) : null
            }
          />
        )}
      </section>
    </div>
  );
});
