import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CheckinProgressList, StayFacts } from "@/components/reservations/stay-facts";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { ReservationDTO } from "@/lib/domain/reservation";

/**
 * One stay, as every role's detail page shows it: a way back, the guest in the title, the facts and the guest's
 * check-in progress. A role adds its own actions, what it sees under check-in (staff: ID documents), and cards below.
 */
export async function StayDetail({
  r,
  unitNumber,
  back,
  actions,
  checkinExtra,
  children,
}: {
  r: ReservationDTO;
  unitNumber: string;
  back: { href: string; label: string };
  actions?: ReactNode;
  checkinExtra?: ReactNode;
  children?: ReactNode;
}) {
  const t = await getTranslations("reservations.detail");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        eyebrow={<Link href={back.href}>{back.label}</Link>}
        title={t("heading", { guest: r.guest.name })}
        actions={actions}
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
        <CardContent className="space-y-4">
          <CheckinProgressList r={r} />
          {checkinExtra}
        </CardContent>
      </Card>
      {children}
    </div>
  );
}
