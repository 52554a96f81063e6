import { BookOpen } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { KnowledgeDocumentList } from "@/components/knowledge/knowledge-document-list";
import { KnowledgeUploadForm } from "@/components/knowledge/knowledge-upload-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listKnowledgeDocuments } from "@/server/services/knowledge/list-knowledge-documents";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("title") };
}

/** The concierge's knowledge: add documents, see their indexing status, re-index, delete. Managers only. */
export default rolePage(["manager"], async function KnowledgePage(actor) {
  const [page, t] = await Promise.all([
    listKnowledgeDocuments(actor, { limit: 200 }),
    getTranslations("knowledge"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="documents-heading" className="space-y-3">
          <h2 id="documents-heading" className="font-semibold text-lg text-slate-900">
            {t("list.heading")}
          </h2>
          {page.items.length === 0 ? (
            <EmptyState icon={<BookOpen />} title={t("list.empty")} description={t("list.emptyBody")} />
          ) : (
            <KnowledgeDocumentList documents={page.items} />
          )}
        </section>
        <Card className="h-fit">
          <CardHeader>
            <CardTitle>{t("form.heading")}</CardTitle>
            <CardDescription>{t("form.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <KnowledgeUploadForm />
          </CardContent>
        </Card>
      </div>
    </div>
  );
});
