"use client";

import { Camera } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { LoadMoreFooter } from "@/components/ui/load-more-footer";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { fetchJsonPage, useLoadMore } from "@/components/ui/use-load-more";
import { cn } from "@/lib/cn";
import type { PageDTO } from "@/lib/domain/common";
import { ACTIVE_TICKET_STATUSES } from "@/lib/domain/ticket-constants";
import type { TicketListItem } from "@/lib/domain/ticket-dto";
import { type QueueFilters, queueSearch } from "./queue-search";
import { RelativeTime } from "./relative-time";
import { OverdueBadge, TicketPriorityBadge, TicketStatusBadge } from "./ticket-badges";

export type TicketQueueProps = {
  initial: PageDTO<TicketListItem>;
  filters: QueueFilters;
  pageSize: number;
  unitNumbers: Record<string, string>;
  assigneeNames: Record<string, string>;
  detailBase: string;
};

/**
 * The staff queue: a table of tickets, overdue ones marked in words and tinted, and "Load more" that follows
 * the API's cursor (GET /api/v1/tickets with the same filters). New rows are announced and focus moves to the
 * first of them, so a keyboard user continues where the list grew.
 */
export function TicketQueue({
  initial,
  filters,
  pageSize,
  unitNumbers,
  assigneeNames,
  detailBase,
}: TicketQueueProps) {
  const t = useTranslations("tickets.queue");
  const category = useTranslations("ticketCategory");
  const list = useLoadMore({
    initial,
    fetchPage: (next) =>
      fetchJsonPage<TicketListItem>(
        `/api/v1/tickets?${queueSearch(filters, { cursor: next, limit: String(pageSize) })}`,
      ),
    announce: (count, complete) => (complete ? t("loadedAll", { count }) : t("loaded", { count })),
  });
  const { items, cursor, firstNew } = list;
  const body = useRef<HTMLTableSectionElement>(null);

  // a keyboard user continues where the list grew: focus the first row the last "Load more" added
  useEffect(() => {
    if (firstNew === null) return;
    body.current?.querySelectorAll<HTMLElement>("a[data-ticket-link]")[firstNew]?.focus();
  }, [firstNew]);
  const place = (ticket: TicketListItem) =>
    ticket.unitId ? t("unit", { number: unitNumbers[ticket.unitId] ?? "?" }) : t("commonArea");

  return (
    <div className="space-y-4">
      <Table label={t("caption")}>
        <TableCaption srOnly>{t("caption")}</TableCaption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>{t("ticket")}</TableHead>
            <TableHead className="hidden sm:table-cell">{t("status")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("place")}</TableHead>
            <TableHead className="hidden lg:table-cell">{t("assignee")}</TableHead>
            <TableHead className="hidden md:table-cell">{t("opened")}</TableHead>
            <TableHead>{t("due")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody ref={body}>
          {items.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={6} className="py-8 text-center text-slate-600">
                {cursor ? t("emptyPage") : t("empty")}
              </TableCell>
            </TableRow>
          ) : (
            items.map((ticket) => (
              <TableRow
                key={ticket.id}
                data-overdue={ticket.overdue || undefined}
                className={cn(
                  ticket.overdue &&
                    "bg-red-50/60 shadow-[inset_4px_0_0_var(--color-red-600)] hover:bg-red-50",
                )}
              >
                <TableHead scope="row" className="whitespace-normal normal-case tracking-normal">
                  <Link
                    href={`${detailBase}/${ticket.id}`}
                    data-ticket-link
                    className="font-medium text-brand-800 text-sm underline-offset-4 hover:underline"
                  >
                    {ticket.title}
                  </Link>
                  <div className="mt-1 flex flex-wrap items-center gap-1.5 font-normal text-slate-600 text-xs">
                    <span className="sm:hidden">
                      <TicketStatusBadge status={ticket.status} />
                    </span>
                    <TicketPriorityBadge priority={ticket.priority} />
                    <span className="md:hidden">{place(ticket)}</span>
                    <span>{category(ticket.category)}</span>
                    {ticket.photoCount ? (
                      <span className="inline-flex items-center gap-0.5">
                        <Camera aria-hidden="true" className="size-3" />
                        {t("photos", { count: ticket.photoCount })}
                      </span>
                    ) : null}
                  </div>
                </TableHead>
                <TableCell className="hidden sm:table-cell">
                  <TicketStatusBadge status={ticket.status} />
                </TableCell>
                <TableCell className="hidden md:table-cell">{place(ticket)}</TableCell>
                <TableCell className="hidden lg:table-cell">
                  {ticket.assigneeId ? (
                    (assigneeNames[ticket.assigneeId] ?? t("someone"))
                  ) : (
                    <span className="text-slate-600">{t("unassigned")}</span>
                  )}
                </TableCell>
                <TableCell className="hidden whitespace-nowrap md:table-cell">
                  <RelativeTime value={ticket.createdAt} />
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {ACTIVE_TICKET_STATUSES.includes(ticket.status) ? (
                    <div className="flex flex-col items-start gap-1">
                      <RelativeTime
                        value={ticket.dueAt}
                        className={cn(ticket.overdue && "font-medium text-red-800")}
                      />
                      {ticket.overdue ? <OverdueBadge /> : null}
                    </div>
                  ) : (
                    <span className="text-slate-600">{t("notDue")}</span>
                  )}
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
      <LoadMoreFooter list={list} t={t} />
    </div>
  );
}
