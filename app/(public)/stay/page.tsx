import { Mail } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgetOfflineStay } from "@/components/checkin/forget-offline-stay";
import { GuestFrame } from "@/components/checkin/guest-frame";
import { GuestNotice } from "@/components/checkin/guest-notice";
import { GuestStay } from "@/components/checkin/guest-stay";
import { ROLE_HOME } from "@/lib/roles";
import { currentActor } from "@/server/auth/actor";
import { getCheckin } from "@/server/services/get-checkin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin.stay"))("metaTitle") };
}

/**
 * The guest's stay and check-in, read fresh on every visit (each step survives a reload). Guests have no
 * password to sign in with: without a guest session this page says to open the emailed link again.
 */
export default async function StayPage() {
  const actor = await currentActor();
  const t = await getTranslations("checkin.stay");
  if (actor?.role !== "guest") {
    return (
      <GuestFrame>
        {/* signed out, link revoked or stay over: no stay may stay saved on this device */}
        <ForgetOfflineStay />
        <GuestNotice
          icon={<Mail />}
          title={t("signedOutTitle")}
          body={t("signedOutBody")}
          action={
            actor ? (
              <Link href={ROLE_HOME[actor.role]} className="text-brand-700 underline">
                {t("home")}
              </Link>
            ) : undefined
          }
        />
      </GuestFrame>
    );
  }
  return (
    <GuestFrame>
      <GuestStay view={await getCheckin(actor)} />
    </GuestFrame>
  );
}
