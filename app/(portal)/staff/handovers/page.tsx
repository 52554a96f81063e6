import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { HandoverList } from "@/components/handover/handover-list";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/lib/cn";
import { HANDOVER_STATUSES, type HandoverStatus } from "@/lib/domain/handover";
import { listHandovers } from "@/server/services/handover/list-handovers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("handover"))("metaTitle") };
}

/** The staff inbox of conversations handed to a person: waiting, taken, handed back. */
export default rolePage(
  ["staff", "manager"],
  async function HandoversPage(actor, { searchParams }: { searchParams: Promise<{ status?: string }> }) {
    const asked = (await searchParams).status;
    const status: HandoverStatus = HANDOVER_STATUSES.find((s) => s === asked) ?? "open";
    const [t, page] = await Promise.all([
      getTranslations("handover"),
      listHandovers(actor, { status, limit: 50 }),
    ]);
    const tab = (active: boolean) =>
      cn(
        "rounded-full px-3 py-1 text-sm",
        active
          ? "bg-brand-600 text-white"
          : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
      );
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("description")} />
        <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
          {HANDOVER_STATUSES.map((s) => (
            <Link
              key={s}
              href={`/staff/handovers?status=${s}`}
              className={tab(s === status)}
              aria-current={s === status ? "page" : undefined}
            >
              {t(`tabs.${s}`)}
            </Link>
          ))}
        </nav>
        <HandoverList items={page.items} />
      </div>
    );
  },
);
