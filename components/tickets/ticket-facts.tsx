import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { ACTIVE_TICKET_STATUSES } from "@/lib/domain/ticket";
import type { TicketDTO } from "@/lib/domain/ticket-dto";
import { RelativeTime } from "./relative-time";
import { OverdueBadge } from "./ticket-badges";

export type TicketFactsProps = {
  ticket: TicketDTO;
  people: Record<string, string>;
  unitNumber: string | null;
  /** staff see the due time derived from the priority */
  showDue: boolean;
};

/** The ticket's particulars as a description list: what, where, who opened it, who has it, by when. */
export function TicketFacts({ ticket, people, unitNumber, showDue }: TicketFactsProps) {
  const t = useTranslations("tickets.facts");
  const category = useTranslations("ticketCategory");
  const format = useFormatter();
  const opener =
    people[ticket.openedBy.id] ?? ticket.openedBy.name ?? t(`openedByKind.${ticket.openedBy.kind}`);
  const rows: { key: string; term: string; value: React.ReactNode }[] = [
    { key: "category", term: t("category"), value: category(ticket.category) },
    {
      key: "place",
      term: t("place"),
      value: ticket.unitId ? t("unit", { number: unitNumber ?? "?" }) : t("commonArea"),
    },
  ];
  if (ticket.location) rows.push({ key: "location", term: t("location"), value: ticket.location });
  rows.push(
    {
      key: "opened",
      term: t("opened"),
      value: (
        <>
          {t("openedBy", { name: opener })} · <RelativeTime value={ticket.createdAt} />
        </>
      ),
    },
    {
      key: "assignee",
      term: t("assignee"),
      value: ticket.assigneeId ? (people[ticket.assigneeId] ?? t("someone")) : t("unassigned"),
    },
  );
  if (showDue && ACTIVE_TICKET_STATUSES.includes(ticket.status)) {
    rows.push({
      key: "due",
      term: t("due"),
      value: (
        <span className={cn("inline-flex flex-wrap items-center gap-2", ticket.overdue && "text-red-800")}>
          <time dateTime={ticket.dueAt}>
            {format.dateTime(new Date(ticket.dueAt), { dateStyle: "medium", timeStyle: "short" })}
          </time>
          <span className="text-slate-600">
            (<RelativeTime value={ticket.dueAt} />)
          </span>
          {ticket.overdue ? <OverdueBadge /> : null}
        </span>
      ),
    });
  }
  if (ticket.resolvedAt) {
    rows.push({ key: "resolved", term: t("resolved"), value: <RelativeTime value={ticket.resolvedAt} /> });
  }
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
      {rows.map((r) => (
        // one group per fact: stacked on phones, two columns from `sm`
        <div key={r.key} className="space-y-0.5 sm:contents" data-fact={r.key}>
          <dt className="font-medium text-slate-600">{r.term}</dt>
          <dd className="text-slate-900">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
