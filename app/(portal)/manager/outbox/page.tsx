import { Mail } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listOutbox } from "@/server/services/outbox/list-outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const TONE = { pending: "warning", sent: "success", failed: "danger" } as const;

/** The building's emails, newest first: locally the stand-in for an inbox (the guest's check-in link is here). */
export default rolePage(["manager"], async function OutboxPage(actor) {
  const [page, t, format] = await Promise.all([
    // the local inbox stand-in: links are shown while they work (only the local transport keeps them)
    listOutbox(actor, { limit: 50 }, { revealLinks: true }),
    getTranslations("outbox"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {page.items.length === 0 ? (
        <EmptyState icon={<Mail />} title={t("empty")} description={t("emptyBody")} />
      ) : (
        <ul className="space-y-3">
          {page.items.map((m) => (
            <li key={m.id}>
              <article
                aria-labelledby={`mail-${m.id}`}
                className="rounded-lg border border-slate-200 bg-white shadow-sm"
              >
                <details className="group">
                  <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 p-4">
                    <h2 id={`mail-${m.id}`} className="min-w-0 flex-1 font-semibold text-slate-900">
                      {m.subject}
                    </h2>
                    <Badge tone={TONE[m.status]}>{t(`status.${m.status}`)}</Badge>
                    <span className="w-full text-slate-600 text-sm">
                      {t("meta", {
                        to: m.to,
                        at: format.dateTime(new Date(m.createdAt), {
                          dateStyle: "medium",
                          timeStyle: "short",
                        }),
                      })}
                    </span>
                  </summary>
                  <div className="border-slate-200 border-t p-4">
                    <pre className="whitespace-pre-wrap break-words font-sans text-slate-900 text-sm">
                      <Linkified text={m.text} />
                    </pre>
                  </div>
                </details>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

/** Links in the email's text become links (the check-in link is opened from here locally). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <>
      {parts.map((p, i) =>
        /^https?:\/\//.test(p) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <a key={i} href={p} className="break-all text-brand-700 underline">
            {p}
          </a>
        ) : (
          p
        ),
      )}
    </>
  );
}
