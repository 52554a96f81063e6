import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { loadStay } from "@/app/(portal)/_reservations/load-stay";
import { NotAllowed } from "@/components/portal/not-allowed";
import { CancelStayButton } from "@/components/reservations/cancel-stay-button";
import { CheckinProgressList, StayFacts } from "@/components/reservations/stay-facts";
import { stayRange } from "@/components/reservations/stay-range";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listUnits } from "@/server/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.detail"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/** One of the resident's stays: its facts, the guest's check-in progress, and cancel. Others' stays are 404. */
export default rolePage(["resident"], async function ResidentStayPage(actor, { params }: Props) {
  const loaded = await loadStay((await params).id, "resident");
  if (!loaded) return <NotAllowed role={actor.role} />;
  const r = loaded.reservation;
  const [units, t, format] = await Promise.all([
    listUnits(actor, {}),
    getTranslations("reservations.detail"),
    getFormatter(),
  ]);
  const unitNumber = units.items.find((u) => u.id === r.unitId)?.number ?? "";
  const summary = `${r.guest.name}, ${stayRange(format, r.checkIn, r.checkOut)}`;
  const cancellable = r.status === "confirmed" || r.status === "pending";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        eyebrow={<Link href="/resident/stays">{t("back")}</Link>}
        title={t("heading", { guest: r.guest.name })}
        actions={cancellable ? <CancelStayButton id={r.id} summary={summary} /> : null}
      />
      <Card>
        <CardHeader>
          <CardTitle>{t("facts")}</CardTitle>
        </CardHeader>
        <CardContent>
          <StayFacts r={r} unitNumber={unitNumber} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("checkin")}</CardTitle>
        </CardHeader>
        <CardContent>
          <CheckinProgressList r={r} />
        </CardContent>
      </Card>
    </div>
  );
});
