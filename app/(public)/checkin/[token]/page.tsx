import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { GuestFrame } from "@/components/checkin/guest-frame";
import { GuestNotice } from "@/components/checkin/guest-notice";
import { StartCheckinForm } from "@/components/checkin/start-checkin-form";
import { stayRange } from "@/components/reservations/stay-range";
import { Link as LinkIcon } from "@/components/ui/server-icons";
import { resolveCheckinToken } from "@/server/services/checkin/resolve-checkin-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin.start"))("metaTitle") };
}

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/**
 * The emailed link. A good token shows whose stay it opens and a button that starts the guest session (in a
 * server action: a page cannot set cookies); any bad one shows the same page, which says nothing about why.
 */
export default async function CheckinLinkPage({ params }: Props) {
  const { token } = await params;
  const found = await resolveCheckinToken(token).catch(() => null);
  const t = await getTranslations("checkin.start");
  if (!found) {
    return (
      <GuestFrame>
        <GuestNotice icon={<LinkIcon inline />} title={t("invalidTitle")} body={t("invalidBody")} />
      </GuestFrame>
    );
  }
  const r = found.reservation;
  const format = await getFormatter();
  return (
    <GuestFrame>
      <div className="space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <div className="space-y-2">
          <h1 className="font-bold text-2xl text-slate-900">
            {t("title", { name: r.guest.name.split(" ")[0] })}
          </h1>
          <p className="text-slate-700">{t("body", { dates: stayRange(format, r.checkIn, r.checkOut) })}</p>
        </div>
        <StartCheckinForm token={token} />
      </div>
    </GuestFrame>
  );
}
