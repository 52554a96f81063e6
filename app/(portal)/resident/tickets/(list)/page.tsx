import { Plus, Wrench } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { ResidentTicketList } from "@/components/tickets/resident-ticket-list";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getTicketOptions } from "@/server/services/tickets/get-ticket-options";
import { listTickets } from "@/server/services/tickets/list-tickets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.resident"))("metaTitle") };
}

const PAGE_SIZE = 30;

export default rolePage(
  ["resident"],
  async function ResidentTicketsPage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<{ cursor?: string | string[] }>;
    },
  ) {
    const { cursor: raw } = await searchParams;
    const cursor = typeof raw === "string" && raw.length <= 2000 ? raw : undefined;
    const [page, options, t] = await Promise.all([
      listTickets(actor, { limit: PAGE_SIZE, cursor, sort: "newest" }),
      getTicketOptions(actor),
      getTranslations("tickets.resident"),
    ]);
    const newTicket = (
      <LinkButton href="/resident/tickets/new" icon={Plus}>
        {t("new")}
      </LinkButton>
    );
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("description")} actions={newTicket} />
        {page.items.length === 0 && !cursor ? (
          <EmptyState
            icon={<Wrench />}
            title={t("emptyTitle")}
            description={t("emptyBody")}
            action={newTicket}
          />
        ) : (
          <ResidentTicketList
            tickets={page.items}
            unitNumbers={Object.fromEntries(options.units.map((u) => [u.id, u.number]))}
            detailBase="/resident/tickets"
          />
        )}
        <nav aria-label={t("pagesLabel")} className="flex flex-wrap gap-3 empty:hidden">
          {cursor ? (
            <LinkButton variant="secondary" href="/resident/tickets">
              {t("newest")}
            </LinkButton>
          ) : null}
          {page.cursor ? (
            <LinkButton
              variant="secondary"
              href={`/resident/tickets?cursor=${encodeURIComponent(page.cursor)}`}
            >
              {t("older")}
            </LinkButton>
          ) : null}
        </nav>
      </div>
    );
  },
);
