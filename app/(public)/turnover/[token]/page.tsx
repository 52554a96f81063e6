import { LinkIcon, Sparkles } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GuestFrame } from "@/components/checkin/guest-frame";
import { GuestNotice } from "@/components/checkin/guest-notice";
import { TurnoverCard } from "@/components/turnovers/turnover-card";
import { getCleanerTurnover } from "@/server/services/turnovers/cleaner-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("turnovers.cleaner"))("metaTitle"), robots: { index: false } };
}

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/**
 * The outside cleaner's page, opened from the link staff sent: the unit, the cleaning window and code, the
 * checklist with photos and problems, and "unit is ready". No account; the link is the key, and a bad, replaced
 * or expired one shows the same notice.
 */
export default async function CleanerTurnoverPage({ params }: Props) {
  const { token } = await params;
  const view = await getCleanerTurnover(token).catch(() => null);
  const t = await getTranslations("turnovers.cleaner");
  if (!view) {
    return (
      <GuestFrame>
        <GuestNotice icon={<LinkIcon />} title={t("metaTitle")} body={t("invalid")} />
      </GuestFrame>
    );
  }
  return (
    <GuestFrame>
      <div className="space-y-4">
        <header className="space-y-1">
          <p className="font-semibold text-brand-700 text-sm">{view.building.name}</p>
          <h1 className="font-bold text-2xl text-slate-900">{t("title", { number: view.unit.number })}</h1>
          <p className="text-slate-700">{t("floor", { floor: view.unit.floor })}</p>
        </header>
        {view.turnover.status === "ready" ? (
          <GuestNotice icon={<Sparkles />} title={t("doneTitle")} body="" />
        ) : null}
        <TurnoverCard
          turnover={view.turnover}
          mode={{ kind: "cleaner", token }}
          timeZone={view.building.timezone}
        />
      </div>
    </GuestFrame>
  );
}
