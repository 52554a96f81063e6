import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { parseQueueFilters, queuePageSize, queueSearch } from "@/components/tickets/queue-query";
import { TicketQueue } from "@/components/tickets/ticket-queue";
import { QueueFiltersForm } from "@/components/tickets/ticket-queue-filters";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";
import { listTickets } from "@/server/services/tickets/list-tickets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.queue"))("metaTitle") };
}

export default rolePage(
  ["staff", "manager"],
  async function StaffTicketQueuePage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<Record<string, string | string[] | undefined>>;
    },
  ) {
    const params = await searchParams;
    const filters = parseQueueFilters(params);
    const pageSize = queuePageSize(params);
    const [initial, options, t] = await Promise.all([
      listTickets(actor, { ...filters, limit: pageSize }),
      getTicketOptions(actor),
      getTranslations("tickets.queue"),
    ]);
    return (
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <LinkButton href="/staff/tickets/new" icon={Plus}>
              {t("new")}
            </LinkButton>
          }
        />
        <QueueFiltersForm
          filters={filters}
          units={options.units}
          assignees={options.assignees}
          action="/staff/tickets"
        />
        <TicketQueue
          // a new filter or a fresh first page is a new list: start over rather than keep the loaded rows
          key={`${queueSearch(filters)}|${pageSize}|${initial.items[0]?.id}|${initial.cursor}`}
          initial={initial}
          filters={filters}
          pageSize={pageSize}
          unitNumbers={Object.fromEntries(options.units.map((u) => [u.id, u.number]))}
          assigneeNames={Object.fromEntries(options.assignees.map((a) => [a.id, a.name]))}
          detailBase="/staff/tickets"
        />
      </div>
    );
  },
);
