import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { AnnouncementDTO } from "@/lib/domain/announcement";
import type { UnitDTO } from "@/lib/domain/unit";
import { AnnouncementForm } from "./announcement-form";
import { PostedAnnouncements } from "./posted-announcements";

/** The posting page of managers and (where the building allows) staff: the form beside what was posted. */
export async function AnnouncementsBoard({
  units,
  posted,
  receiptsHref,
}: {
  units: Pick<UnitDTO, "id" | "number" | "floor">[];
  posted: AnnouncementDTO[];
  /** managers open who has read each one */
  receiptsHref?: (id: string) => string;
}) {
  const t = await getTranslations("announcements");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("form.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <AnnouncementForm units={units.map((u) => ({ id: u.id, number: u.number, floor: u.floor }))} />
          </CardContent>
        </Card>
        <section aria-labelledby="posted-title" className="space-y-3">
          <h2 id="posted-title" className="font-semibold text-lg text-slate-900">
            {t("list.title")}
          </h2>
          <PostedAnnouncements items={posted} receiptsHref={receiptsHref} />
        </section>
      </div>
    </div>
  );
}
