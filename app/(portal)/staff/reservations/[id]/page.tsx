import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { loadStay } from "@/app/(portal)/_reservations/load-stay";
import { StayMessageTimeline } from "@/components/guest-messages/stay-message-timeline";
import { PartyCard } from "@/components/guest-stay/party-card";
import { NotAllowed } from "@/components/portal/not-allowed";
import { CancelStayButton } from "@/components/reservations/cancel-stay-button";
import { CheckinLinkPanel } from "@/components/reservations/checkin-link-panel";
import { IdReviewPanel } from "@/components/reservations/id-review-panel";
import { StayDetail } from "@/components/reservations/stay-detail";
import { stayRange } from "@/components/reservations/stay-range";
import { StayTimeRequests } from "@/components/stay-times/stay-time-requests";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { stayTimePanel } from "@/lib/domain/stay-time-request";
import { can } from "@/lib/permissions";
import { getBuilding } from "@/server/services/building/get-building";
import { getIdDocumentLinks } from "@/server/services/checkin/get-id-document-links";
import { getStayDoorCode } from "@/server/services/door-codes/get-stay-door-code";
import { getStayTimeline } from "@/server/services/guest-messages/get-stay-timeline";
import { getParty } from "@/server/services/guest-registration/get-party";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.detail"))("title") };
}

type Props = { params: Promise<{ id: string }> };

/**
 * A stay for staff: facts, check-in progress, ID documents (short-lived links), the door code's locks (and "still on
 * the lock" while a due removal is not acknowledged), the guest link; managers cancel.
 */
export default rolePage(["staff", "manager"], async function StaffStayPage(actor, { params }: Props) {
  const loaded = await loadStay((await params).id, "staff");
  if (!loaded) return <NotAllowed role={actor.role} />;
  const r = loaded.reservation;
  const [docs, t, format, door, codeStatus, building, messages, tg, party] = await Promise.all([
    r.checkinProgress.documentKeys.length ? getIdDocumentLinks(actor, r.id) : Promise.resolve([]),
    getTranslations("reservations.detail"),
    getFormatter(),
    getStayDoorCode(actor, r.id),
    getTranslations("devices.codeStatus"),
    getBuilding(actor),
    getStayTimeline(actor, r.id),
    getTranslations("guestMessages.timeline"),
    getParty(actor, r.id),
  ]);
  const stillOn = door?.locks.filter((l) => l.stillOnLock) ?? [];
  const summary = `${r.guest.name}, ${stayRange(format, r.checkIn, r.checkOut)}`;
  const live = ["pending", "confirmed", "checked_in"].includes(r.status);
  const linkActive = Boolean(r.checkinLink && !r.checkinLink.revoked && live);
  return (
    <StayDetail
      r={r}
      unitNumber={loaded.unitNumber}
      back={{ href: "/staff/reservations", label: t("backStaff") }}
      actions={
        actor.role === "manager" && (r.status === "confirmed" || r.status === "pending") ? (
          <CancelStayButton id={r.id} summary={summary} />
        ) : null
      }
      checkinExtra={
        <div>
          <h3 className="font-medium text-slate-900">{t("documents")}</h3>
          {docs.length === 0 ? (
            <p className="text-slate-600 text-sm">{t("noDocuments")}</p>
          ) : (
            <>
              <ul className="mt-1 list-disc pl-5">
                {docs.map((d, i) => (
                  <li key={d.key}>
                    <a href={d.url} target="_blank" rel="noreferrer" className="text-brand-700 underline">
                      {t("document", { n: i + 1 })}
                    </a>
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-slate-600 text-sm">{t("documentsExpire")}</p>
            </>
          )}
          {docs.length || r.idReview ? (
            <div className="mt-4">
              <h3 className="font-medium text-slate-900">{t("idReview")}</h3>
              <IdReviewPanel
                id={r.id}
                review={r.idReview ? { status: r.idReview.status, reason: r.idReview.reason } : null}
                hasDocuments={docs.length > 0}
                waitsForApproval={building.config.doorCode.requireIdApproval}
              />
            </div>
          ) : null}
        </div>
      }
    >
      <Card>
        <CardHeader>
          <CardTitle>{t("doorCode")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-2">
          {!door ? (
            <p className="text-slate-600 text-sm">{t("doorCodeNone")}</p>
          ) : (
            <>
              {stillOn.length ? (
                <p role="status" className="font-medium text-amber-800 text-sm">
                  {t("doorCodeStillOn", { count: stillOn.length })}
                </p>
              ) : null}
              <ul className="list-disc pl-5 text-sm">
                {door.locks.map((l) => (
                  <li key={l.deviceId}>
                    {l.name}: {l.stillOnLock ? codeStatus("stillOnLock") : codeStatus(l.status)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{tg("title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <StayMessageTimeline id={r.id} timeline={messages} canManage={can(actor, "guestMessage.manage")} />
        </CardContent>
      </Card>
      <StayTimeRequests
        reservationId={r.id}
        {...stayTimePanel(r, building.config, building.currency)}
        canAsk={live && can(actor, "reservation.timeRequest")}
        canDecide={can(actor, "reservation.timeDecision")}
      />
      {building.config.guestRegistration.country !== "none" ? (
        <PartyCard party={party} checkIn={r.checkIn} />
      ) : null}
      {live ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("link")}</CardTitle>
          </CardHeader>
          <CardContent>
            <CheckinLinkPanel id={r.id} active={linkActive} />
          </CardContent>
        </Card>
      ) : null}
    </StayDetail>
  );
});
