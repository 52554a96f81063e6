import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
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
  return { title: (await getTranslations("passes.mine"))("metaTitle") };
}

/** A resident's passes: issue one (who, doors, when), see each with its PIN, revoke it, open its entries. */
export default rolePage(["resident"], async function ResidentPassesPage(actor) {
  const [t, ti, building, options, list] = await Promise.all([
    getTranslations("passes.mine"),
    getTranslations("passes.issue"),
    getBuilding(actor),
    listPassDoorOptions(actor),
    listPasses(actor, { limit: 50 }),
  ]);
  const doorNames = Object.fromEntries(options.doors.map((d) => [d.id, d.name]));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
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
      <section aria-labelledby="passes-list" className="space-y-3">
        <h2 id="passes-list" className="font-semibold text-lg text-slate-900">
          {t("listTitle")}
        </h2>
        {list.items.length === 0 ? (
          <EmptyState icon={<KeyRound />} title={t("emptyTitle")} description={t("emptyBody")} />
        ) : (
          <PassList
            passes={list.items}
            doorNames={doorNames}
            timeZone={building.timezone}
            detailBase="/resident/passes"
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
