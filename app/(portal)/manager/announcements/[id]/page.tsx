import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readOr404 } from "@/app/(portal)/_gate/detail-loader";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AnnouncementReceipts } from "@/components/announcements/announcement-receipts";
import { PageHeader } from "@/components/ui/page-header";
import { listReceiptsQuerySchema } from "@/lib/domain/announcement";
import { AppError } from "@/lib/errors";
import { getAnnouncement } from "@/server/services/announcements/get-announcement";
import { listAnnouncementReceipts } from "@/server/services/announcements/list-announcement-receipts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcementReceipts"))("metaTitle") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ filter?: string; cursor?: string }>;
};

/** One announcement and who it reached: who has read it and, for an emergency, who has acknowledged it. */
export default rolePage(
  ["manager"],
  async function AnnouncementReceiptsPage(actor, { params, searchParams }: Props) {
    const [{ id }, sp, t, tl] = await Promise.all([
      params,
      searchParams,
      getTranslations("announcementReceipts"),
      getTranslations("announcements.list"),
    ]);
    const announcement = await readOr404(id, (x) => getAnnouncement(actor, x));
    const query = listReceiptsQuerySchema.safeParse({ filter: sp.filter, cursor: sp.cursor, limit: 50 });
    if (!query.success) notFound();
    const page = await listAnnouncementReceipts(actor, id, query.data).catch((e) => {
      // a stale or edited cursor: start again from the first page
      if (e instanceof AppError && e.code === "bad_request") return null;
      throw e;
    });
    const c = announcement.counts ?? { recipients: 0, read: 0, acknowledged: 0 };
    return (
      <div className="max-w-3xl space-y-6">
        <PageHeader
          eyebrow={
            <Link href="/manager/announcements" className="underline">
              {t("back")}
            </Link>
          }
          title={announcement.title}
          description={[
            tl("read", { read: c.read, recipients: c.recipients }),
            ...(announcement.emergency
              ? [tl("acknowledged", { acknowledged: c.acknowledged, recipients: c.recipients })]
              : []),
          ].join(" · ")}
        />
        <p className="whitespace-pre-line text-slate-800 text-sm">{announcement.body}</p>
        {page ? (
          <AnnouncementReceipts
            basePath={`/manager/announcements/${id}`}
            filter={query.data.filter}
            rows={page.items}
            cursor={page.cursor}
            emergency={announcement.emergency}
          />
        ) : (
          <p className="text-slate-700 text-sm">
            <Link className="underline" href={`/manager/announcements/${id}`}>
              {t("startAgain")}
            </Link>
          </p>
        )}
      </div>
    );
  },
);
