import { Download } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AuditFilters, type AuditFilterValues } from "@/components/audit/audit-filters";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { auditQuerySchema } from "@/lib/domain/audit-query";
import { listAuditEvents } from "@/server/services/audit/list-audit-events";
import { listUsers } from "@/server/services/people/list-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const FILTERS = ["actorId", "action", "targetType", "targetId", "from", "to"] as const;
const TONE = { success: "success", failure: "warning", denied: "danger" } as const;

/** Who changed what and when: filters, cursor pages, and the same filters as a CSV download. */
export default rolePage(
  ["manager"],
  async function AuditPage(actor, { searchParams }: { searchParams: Search }) {
    const raw = await searchParams;
    const given: AuditFilterValues = Object.fromEntries(
      FILTERS.flatMap((k) => (typeof raw[k] === "string" && raw[k] ? [[k, raw[k]]] : [])),
    );
    const cursor = typeof raw.cursor === "string" ? raw.cursor : undefined;
    const parsed = auditQuerySchema.safeParse({ ...given, cursor });
    const errors: Record<string, string[] | undefined> = parsed.success
      ? {}
      : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), [i.message]]));
    const { format: _f, ...query } = parsed.success ? parsed.data : { format: "json", limit: 50 };
    const [page, people, t, targets, fmt] = await Promise.all([
      listAuditEvents(actor, query),
      listUsers(actor, { limit: 200 }),
      getTranslations("audit"),
      getTranslations("audit.targets"),
      getFormatter(),
    ]);
    const filters = new URLSearchParams(parsed.success ? (given as Record<string, string>) : {});
    const csvHref = `/api/v1/audit-events?${new URLSearchParams({ ...Object.fromEntries(filters), format: "csv" })}`;
    const next = page.cursor
      ? `?${new URLSearchParams({ ...Object.fromEntries(filters), cursor: page.cursor })}`
      : null;
    return (
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <LinkButton variant="secondary" href={csvHref} icon={Download} download>
              {t("export")}
            </LinkButton>
          }
        />
        <AuditFilters
          values={given}
          people={people.items.map((p) => ({ id: p.id, name: p.name }))}
          errors={errors}
        />
        <DataTable
          caption={t("tableCaption")}
          rows={page.items}
          rowKey={(e) => e.id}
          empty={t("empty")}
          columns={[
            {
              key: "at",
              header: t("columns.at"),
              rowHeader: true,
              cell: (e) => fmt.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" }),
            },
            {
              key: "actor",
              header: t("columns.actor"),
              cell: (e) =>
                `${e.actor.name ?? e.actor.id}${e.actor.kind === "user" ? "" : ` (${t(`kinds.${e.actor.kind}`)})`}`,
            },
            {
              key: "action",
              header: t("columns.action"),
              cell: (e) => <code className="text-xs">{e.action}</code>,
            },
            {
              key: "target",
              header: t("columns.target"),
              hideOnPhone: true,
              cell: (e) => `${targets(e.target.type)} · ${e.target.id}`,
            },
            {
              key: "result",
              header: t("columns.result"),
              cell: (e) => <Badge tone={TONE[e.result]}>{t(`results.${e.result}`)}</Badge>,
            },
          ]}
        />
        {next ? (
          <LinkButton variant="secondary" href={next}>
            {t("next")}
          </LinkButton>
        ) : null}
      </div>
    );
  },
);
