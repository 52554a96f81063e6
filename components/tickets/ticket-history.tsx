import { ArrowRightLeft, Camera, CircleDot, Flag, MessageSquare, Tag, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ActorRef } from "@/lib/domain/common";
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketCategory,
  type TicketPriority,
  type TicketStatus,
} from "@/lib/domain/ticket";
import type { TicketHistoryEntry } from "@/lib/domain/ticket-dto";
import { RelativeTime } from "./relative-time";

const ICONS = {
  created: CircleDot,
  comment: MessageSquare,
  status_changed: ArrowRightLeft,
  assigned: UserRound,
  priority_changed: Flag,
  photo_added: Camera,
  category_changed: Tag,
} as const;

/** Consecutive photos added by the same person at the same moment read as one line ("added 3 photos"). */
type Line = TicketHistoryEntry & { photos: number };
function group(history: TicketHistoryEntry[]): Line[] {
  const out: Line[] = [];
  for (const e of history) {
    const last = out.at(-1);
    if (
      e.kind === "photo_added" &&
      last?.kind === "photo_added" &&
      last.actor.id === e.actor.id &&
      last.at === e.at
    ) {
      last.photos += 1;
    } else {
      out.push({ ...e, photos: 1 });
    }
  }
  return out;
}

const isStatus = (v: string | null): v is TicketStatus =>
  (TICKET_STATUSES as readonly (string | null)[]).includes(v);
const isPriority = (v: string | null): v is TicketPriority =>
  (TICKET_PRIORITIES as readonly (string | null)[]).includes(v);
const isCategory = (v: string | null): v is TicketCategory =>
  (TICKET_CATEGORIES as readonly (string | null)[]).includes(v);

/**
 * The whole history of a ticket, oldest first: who did what and when. Names come from `people` (the service
 * resolves them); someone without a name is described by what they are (a guest, the concierge agent…).
 */
export function TicketHistory({
  history,
  people,
}: {
  history: TicketHistoryEntry[];
  people: Record<string, string>;
}) {
  const t = useTranslations("tickets.history");
  const status = useTranslations("ticketStatus");
  const priority = useTranslations("ticketPriority");
  const category = useTranslations("ticketCategory");
  const nameOf = (ref: ActorRef) => people[ref.id] ?? ref.name ?? t(`someone.${ref.kind}`);
  const personOf = (id: string | null) => (id ? (people[id] ?? t("someone.user")) : t("nobody"));
  const statusOf = (v: string | null) => (isStatus(v) ? status(v) : (v ?? ""));
  const priorityOf = (v: string | null) => (isPriority(v) ? priority(v) : (v ?? ""));
  const categoryOf = (v: string | null) => (isCategory(v) ? category(v) : (v ?? ""));

  const sentence = (e: Line) => {
    const who = nameOf(e.actor);
    switch (e.kind) {
      case "created":
        return t("created", { who });
      case "comment":
        return t("commented", { who });
      case "status_changed":
        return t("statusChanged", { who, from: statusOf(e.from), to: statusOf(e.to) });
      case "assigned":
        if (!e.to) return t("unassigned", { who, from: personOf(e.from) });
        if (!e.from) return t("assigned", { who, to: personOf(e.to) });
        return t("reassigned", { who, from: personOf(e.from), to: personOf(e.to) });
      case "priority_changed":
        return t("priorityChanged", { who, from: priorityOf(e.from), to: priorityOf(e.to) });
      case "category_changed":
        return t("categoryChanged", { who, from: categoryOf(e.from), to: categoryOf(e.to) });
      case "photo_added":
        return t("photosAdded", { who, count: e.photos });
    }
  };

  const lines = group(history);
  return (
    <ol className="relative space-y-4 border-slate-200 border-l pl-6" data-testid="ticket-history">
      {lines.map((e) => {
        const Icon = ICONS[e.kind];
        return (
          <li key={e.id} className="relative" data-kind={e.kind}>
            <span
              aria-hidden="true"
              className="absolute top-0.5 -left-[2.1rem] grid size-7 place-items-center rounded-full border border-slate-200 bg-white text-slate-600"
            >
              <Icon className="size-4" />
            </span>
            <p className="text-slate-900 text-sm">
              {sentence(e)} <RelativeTime value={e.at} className="whitespace-nowrap text-slate-600" />
            </p>
            {e.comment ? (
              <blockquote className="mt-1.5 whitespace-pre-line rounded-md border border-slate-200 bg-white px-3 py-2 text-slate-800 text-sm">
                {e.kind === "status_changed" ? <span className="font-medium">{t("reason")} </span> : null}
                {e.comment}
              </blockquote>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
