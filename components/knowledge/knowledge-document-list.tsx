"use client";

import { RefreshCw, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { toast } from "@/components/ui/toast";
import type { DocumentStatus, KnowledgeDocumentDTO } from "@/lib/domain/knowledge-document";
import { deleteKnowledgeDocumentAction } from "@/server/actions/delete-knowledge-document";
import { reindexKnowledgeDocumentAction } from "@/server/actions/reindex-knowledge-document";

const TONE = { pending: "info", indexing: "info", indexed: "success", failed: "danger" } as const;
const busy = (s: DocumentStatus) => s === "pending" || s === "indexing";

/** The building's documents with their indexing status; refreshes itself while any is being indexed. */
export function KnowledgeDocumentList({ documents }: { documents: KnowledgeDocumentDTO[] }) {
  const t = useTranslations("knowledge.list");
  const router = useRouter();
  const indexing = documents.some((d) => busy(d.status));
  useEffect(() => {
    if (!indexing) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [indexing, router]);

  return (
    <>
      <p className="sr-only" aria-live="polite">
        {indexing ? t("indexingNow") : ""}
      </p>
      <ul className="space-y-3">
        {documents.map((d) => (
          <DocumentRow key={d.id} doc={d} />
        ))}
      </ul>
    </>
  );
}

function DocumentRow({ doc }: { doc: KnowledgeDocumentDTO }) {
  const t = useTranslations("knowledge.list");
  const ta = useTranslations("knowledge.form.audiences");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const titleId = `doc-${doc.id}`;

  const run = (kind: "reindex" | "delete") =>
    startTransition(async () => {
      const result =
        kind === "reindex"
          ? await reindexKnowledgeDocumentAction({ id: doc.id })
          : await deleteKnowledgeDocumentAction({ id: doc.id });
      if (!result.ok) {
        toast.error(result.code === "not_found" ? t("gone") : t("failed"));
      } else {
        toast.success(
          kind === "reindex" ? t("reindexStarted", { title: doc.title }) : t("deleted", { title: doc.title }),
        );
        setOpen(false);
      }
      router.refresh();
    });

  return (
    <li>
      <article
        aria-labelledby={titleId}
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
          <div className="min-w-0 flex-1 space-y-1">
            <h3 id={titleId} className="break-words font-semibold text-slate-900">
              {doc.title}
            </h3>
            <p className="text-slate-600 text-sm">
              {doc.pageCount ? `${t("pages", { count: doc.pageCount })} · ` : null}
              {t("meta", {
                format: t(`formats.${doc.format}`),
                chunks: doc.chunkCount,
                at: format.dateTime(new Date(doc.indexedAt ?? doc.updatedAt), {
                  dateStyle: "medium",
                  timeStyle: "short",
                }),
              })}
            </p>
            <ul className="flex flex-wrap gap-1" aria-label={t("audienceLabel")}>
              {doc.audience.map((a) => (
                <li key={a}>
                  <Badge tone="neutral">{ta(a)}</Badge>
                </li>
              ))}
            </ul>
          </div>
          <Badge tone={TONE[doc.status]}>
            {busy(doc.status) ? <Spinner size="sm" /> : null}
            {t(`status.${doc.status}`)}
          </Badge>
        </div>
        {doc.status === "failed" && doc.error ? (
          <p className="mt-2 text-red-800 text-sm" role="status">
            {t("error", { error: doc.errorCode ? t(`errorCodes.${doc.errorCode}`) : doc.error })}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            onClick={() => run("reindex")}
            disabled={pending || busy(doc.status)}
            aria-describedby={titleId}
          >
            <RefreshCw aria-hidden /> {t("reindex")}
          </Button>
          <Dialog open={open} onOpenChange={setOpen}>
            <DialogTrigger>
              <Button variant="secondary" size="sm" disabled={pending} aria-describedby={titleId}>
                <Trash2 aria-hidden /> {t("delete")}
              </Button>
            </DialogTrigger>
            <DialogContent
              title={t("confirmTitle", { title: doc.title })}
              description={t("confirmBody")}
              closeLabel={t("cancel")}
            >
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                <DialogClose>
                  <Button variant="secondary">{t("cancel")}</Button>
                </DialogClose>
                <Button variant="danger" loading={pending} onClick={() => run("delete")}>
                  {t("confirmDelete")}
                </Button>
              </div>
            </DialogContent>
          </Dialog>
        </div>
      </article>
    </li>
  );
}
