import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MAX_TICKET_PHOTOS } from "@/lib/domain/ticket";
import type { TicketDetail } from "@/lib/domain/ticket-dto";
import { AddPhotosForm } from "./add-photos-form";
import { CommentForm } from "./comment-form";
import { PhotoGallery } from "./photo-gallery";
import { OverdueBadge, TicketPriorityBadge, TicketStatusBadge } from "./ticket-badges";
import { TicketFacts } from "./ticket-facts";
import { TicketHistory } from "./ticket-history";
import { TicketLiveUpdates } from "./ticket-live-updates";
import { TicketManagePanel } from "./ticket-manage-panel";
import { ticketSignature } from "./ticket-signature";

export type TicketDetailViewProps = {
  detail: TicketDetail;
  unitNumber: string | null;
  back: { href: string; label: string };
  /** staff and managers: the panel to assign and move the ticket, and the due time */
  staff?: { me: string; assignees: { id: string; name: string }[] };
  /** false while the building has maintenance switched off: no comment box, no more photos, the reason instead */
  writable?: boolean;
};

/**
 * One ticket's page, for its opener and for staff: particulars, photos (viewer), the whole history, a comment
 * box and more photos; staff also get the panel to work it. It stays current through TicketLiveUpdates.
 */
export async function TicketDetailView({
  detail,
  unitNumber,
  back,
  staff,
  writable = true,
}: TicketDetailViewProps) {
  const t = await getTranslations("tickets.detail");
  const { ticket, history, people } = detail;
  const signature = ticketSignature(detail);
  const section = (id: string, title: string, body: React.ReactNode) => (
    <Card>
      <section aria-labelledby={id}>
        <CardHeader>
          <CardTitle id={id}>{title}</CardTitle>
        </CardHeader>
        <CardContent>{body}</CardContent>
      </section>
    </Card>
  );

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={
          <Link
            href={back.href}
            className="inline-flex items-center gap-1 font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            <ArrowLeft aria-hidden="true" className="size-4" />
            {back.label}
          </Link>
        }
        title={ticket.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="contents" data-testid="ticket-badges">
              <TicketStatusBadge status={ticket.status} />
              <TicketPriorityBadge priority={ticket.priority} />
              {staff && ticket.overdue ? <OverdueBadge /> : null}
            </span>
            <TicketLiveUpdates ticketId={ticket.id} signature={signature} status={ticket.status} />
          </span>
        }
      />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {section(
            "ticket-details",
            t("details"),
            <div className="space-y-4">
              {ticket.description ? (
                <p className="whitespace-pre-line text-slate-800">{ticket.description}</p>
              ) : (
                <p className="text-slate-600 text-sm">{t("noDescription")}</p>
              )}
              <TicketFacts ticket={ticket} people={people} unitNumber={unitNumber} showDue={Boolean(staff)} />
            </div>,
          )}
          {section(
            "ticket-photos",
            t("photos", { count: ticket.photos.length }),
            <div className="space-y-4">
              {ticket.photos.length ? (
                <PhotoGallery photos={ticket.photos} ticketTitle={ticket.title} />
              ) : (
                <p className="text-slate-600 text-sm">{t("noPhotos")}</p>
              )}
              {writable ? (
                <AddPhotosForm ticketId={ticket.id} room={MAX_TICKET_PHOTOS - ticket.photoKeys.length} />
              ) : null}
            </div>,
          )}
          {section(
            "ticket-history",
            t("history"),
            <div className="space-y-6">
              <TicketHistory history={history} people={people} />
              {writable ? (
                <CommentForm
                  ticketId={ticket.id}
                  hint={staff ? t("commentHintStaff") : t("commentHintResident")}
                />
              ) : (
                <Alert tone="warning">{t("off")}</Alert>
              )}
            </div>,
          )}
        </div>
        {staff ? (
          <div className="space-y-6">
            {section(
              "ticket-manage",
              t("manage"),
              <TicketManagePanel
                key={`${ticket.status}|${ticket.assigneeId}|${ticket.priority}`}
                ticketId={ticket.id}
                status={ticket.status}
                priority={ticket.priority}
                assigneeId={ticket.assigneeId}
                assignees={staff.assignees}
                me={staff.me}
              />,
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
