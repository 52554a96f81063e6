import { Camera, ChevronRight, ImageOff } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TicketListItem } from "@/lib/domain/ticket-dto";
import { RelativeTime } from "./relative-time";
import { TicketPriorityBadge, TicketStatusBadge } from "./ticket-badges";

/**
 * A resident's tickets as cards (phone first): thumbnail, title, status, where, when. The whole card is one
 * link, named by the title; the rest is read as its description.
 */
export function ResidentTicketList({
  tickets,
  unitNumbers,
  detailBase,
}: {
  tickets: TicketListItem[];
  unitNumbers: Record<string, string>;
  detailBase: string;
}) {
  const t = useTranslations("tickets.list");
  const category = useTranslations("ticketCategory");
  return (
    <ul className="grid gap-3 lg:grid-cols-2" aria-label={t("label")}>
      {tickets.map((ticket) => (
        <li key={ticket.id}>
          <Link
            href={`${detailBase}/${ticket.id}`}
            className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-brand-300 hover:bg-brand-50/40 focus-visible:outline-2 focus-visible:outline-brand-600 focus-visible:outline-offset-2"
            aria-labelledby={`ticket-${ticket.id}-title`}
            aria-describedby={`ticket-${ticket.id}-meta`}
          >
            <Thumbnail url={ticket.thumbnailUrl} count={ticket.photoCount} />
            <div className="min-w-0 flex-1 space-y-1.5">
              <p id={`ticket-${ticket.id}-title`} className="font-semibold text-slate-900 leading-snug">
                {ticket.title}
              </p>
              <div id={`ticket-${ticket.id}-meta`} className="space-y-1.5">
                <div className="flex flex-wrap gap-1.5">
                  <TicketStatusBadge status={ticket.status} />
                  {ticket.priority === "high" || ticket.priority === "urgent" ? (
                    <TicketPriorityBadge priority={ticket.priority} />
                  ) : null}
                </div>
                <p className="text-slate-600 text-sm">
                  {category(ticket.category)} ·{" "}
                  {ticket.unitId ? t("unit", { number: unitNumbers[ticket.unitId] ?? "?" }) : t("commonArea")}{" "}
                  · <RelativeTime value={ticket.createdAt} />
                  {ticket.photoCount ? (
                    <span className="sr-only"> · {t("photoCount", { count: ticket.photoCount })}</span>
                  ) : null}
                </p>
              </div>
            </div>
            <ChevronRight aria-hidden="true" className="size-5 shrink-0 self-center text-slate-400" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Thumbnail({ url, count }: { url: string | null; count: number }) {
  if (!url) {
    return (
      <span
        aria-hidden="true"
        className="grid size-16 shrink-0 place-items-center rounded-md bg-slate-100 text-slate-400"
      >
        <ImageOff className="size-5" />
      </span>
    );
  }
  return (
    <span aria-hidden="true" className="relative size-16 shrink-0 overflow-hidden rounded-md bg-slate-100">
      {/* biome-ignore lint/performance/noImgElement: short-lived signed S3 links, not optimisable by next/image */}
      <img
        src={url}
        alt=""
        loading="lazy"
        className="size-full object-cover"
        data-testid="ticket-thumbnail"
      />
      {count > 1 ? (
        <span className="absolute right-0.5 bottom-0.5 inline-flex items-center gap-0.5 rounded bg-slate-900/75 px-1 text-[0.65rem] text-white">
          <Camera className="size-3" />
          {count}
        </span>
      ) : null}
    </span>
  );
}
