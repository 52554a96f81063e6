import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeTokenButton } from "@/components/tokens/revoke-token-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { listApiTokens } from "@/server/services/api-tokens/list-api-tokens";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

/** API tokens for integrations: issue (secret shown once), see prefix and last use, revoke. */
export default rolePage(["manager"], async function TokensPage(actor) {
  const [page, t, roles, format] = await Promise.all([
    listApiTokens(actor, { limit: 100 }),
    getTranslations("tokens"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : t("never");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("create.title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <CreateTokenForm />
        </CardContent>
      </Card>
      <DataTable
        caption={t("tableCaption")}
        rows={page.items}
        rowKey={(k) => k.id}
        empty={t("empty")}
        columns={[
          { key: "name", header: t("columns.name"), rowHeader: true, cell: (k) => k.name },
          { key: "prefix", header: t("columns.prefix"), cell: (k) => <code>{k.prefix}…</code> },
          { key: "role", header: t("columns.role"), hideOnPhone: true, cell: (k) => roles(k.role) },
          {
            key: "lastUsed",
            header: t("columns.lastUsed"),
            hideOnPhone: true,
            cell: (k) => when(k.lastUsedAt),
          },
          {
            key: "expires",
            header: t("columns.expires"),
            hideOnPhone: true,
            cell: (k) => (k.expiresAt ? when(k.expiresAt) : t("noExpiry")),
          },
          {
            key: "state",
            header: t("columns.state"),
            cell: (k) =>
              k.revokedAt ? (
                <Badge tone="danger">{t("state.revoked")}</Badge>
              ) : (
                <RevokeTokenButton tokenId={k.id} name={k.name} />
              ),
          },
        ]}
      />
    </div>
  );
});
