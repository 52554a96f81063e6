import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { TurnoverCard } from "@/components/turnovers/turnover-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/domain/stay-dates";
import { turnoversQuerySchema } from "@/lib/domain/turnover";
import { getBuilding } from "@/server/services/building/get-building";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";
import { listTurnovers } from "@/server/services/turnovers/list-turnovers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("turnovers"))("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The day's turnovers for the front desk: one card per departure (today by default, any date by the picker). */
export default rolePage(["staff", "manager"], async function TurnoversPage(actor, { searchParams }: Props) {
  const building = await getBuilding(actor);
  const asked = turnoversQuerySchema.safeParse({ date: (await searchParams).date });
  const date = asked.success ? asked.data.date : todayIn(building.timezone);
  const [t, turnovers, options] = await Promise.all([
    getTranslations("turnovers"),
    listTurnovers(actor, { date }),
    getTicketOptions(actor),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <form className="flex flex-wrap items-end gap-2" method="get">
        <div className="space-y-1.5">
          <Label htmlFor="turnover-date">{t("date")}</Label>
          <Input id="turnover-date" type="date" name="date" defaultValue={date} className="w-auto" />
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {turnovers.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="space-y-4">
          {turnovers.map((x) => (
            <TurnoverCard
              key={x.id}
              turnover={x}
              mode={{ kind: "staff", staff: options.assignees }}
              timeZone={building.timezone}
            />
          ))}
        </div>
      )}
    </div>
  );
});
