import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { DataTable } from "@/components/ui/table";
import { RECEIPT_FILTERS, type ReceiptDTO, type ReceiptFilter } from "@/lib/domain/announcement";

/**
 * Who an announcement reached, and when each read and acknowledged it: filter links (read, unread,
 * acknowledged) and a "next page" link carrying the cursor, so the page works without script.
 */
export async function AnnouncementReceipts({
  basePath,
  filter,
  rows,
  cursor,
  emergency,
}: {
  basePath: string;
  filter: ReceiptFilter;
  rows: ReceiptDTO[];
  cursor: string | null;
  emergency: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("announcementReceipts"), getFormatter()]);
  const when = (at: string | null) =>
    at ? format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short" }) : t("notYet");
  return (
    <section aria-labelledby="receipts-title" className="space-y-3">
      <h2 id="receipts-title" className="font-semibold text-lg text-slate-900">
        {t("title")}
      </h2>
      <nav aria-label={t("filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          {RECEIPT_FILTERS.map((f) => (
            <li key={f}>
              <Link
                href={f === "all" ? basePath : `${basePath}?filter=${f}`}
                aria-current={f === filter ? "page" : undefined}
                className={
                  f === filter
                    ? "rounded-full bg-slate-900 px-3 py-1 text-sm text-white"
                    : "rounded-full border border-slate-300 px-3 py-1 text-slate-800 text-sm underline-offset-2 hover:underline"
                }
              >
                {t(`filters.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DataTable
        caption={t("caption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.recipientId}
        empty={t("empty")}
        columns={[
          {
            key: "name",
            header: t("who"),
            rowHeader: true,
            cell: (r) => (
              <span className="flex flex-wrap items-center gap-2">
                {r.name ?? t("unnamed")}
                {r.kind === "guest" ? <Badge tone="neutral">{t("guest")}</Badge> : null}
              </span>
            ),
          },
          { key: "read", header: t("read"), cell: (r) => when(r.readAt) },
          ...(emergency
            ? [{ key: "ack", header: t("acknowledged"), cell: (r: ReceiptDTO) => when(r.acknowledgedAt) }]
            : []),
        ]}
      />
      {cursor ? (
        <LinkButton
          href={`${basePath}?${new URLSearchParams({ ...(filter === "all" ? {} : { filter }), cursor }).toString()}`}
          icon={ChevronRight}
          variant="secondary"
        >
          {t("next")}
        </LinkButton>
      ) : null}
    </section>
  );
}
