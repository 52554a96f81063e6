import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invite/accept-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Alert } from "@/components/ui/alert";
import { findInvitation } from "@/server/services/people/find-invitation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("metaTitle"), referrer: "no-referrer" };
}

/** The invitation link: one answer for unknown, used, replaced and expired links; otherwise set a password. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, t, roles] = await Promise.all([
    findInvitation(token),
    getTranslations("invite"),
    getTranslations("roles"),
  ]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <LanguageSwitcher className="absolute top-4 right-4" />
      <div className="w-full max-w-sm space-y-6">
        {invitation ? (
          <>
            <div className="space-y-2 text-center">
              <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
              <h1 className="font-bold text-2xl text-slate-900">
                {t("title", { building: invitation.buildingName })}
              </h1>
              <p className="text-slate-600 text-sm">
                {t("subtitle", { role: roles(invitation.role as "resident" | "staff" | "manager") })}
              </p>
            </div>
            <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name} />
            </div>
          </>
        ) : (
          <>
            <h1 className="text-center font-bold text-2xl text-slate-900">{t("invalidTitle")}</h1>
            <Alert tone="warning" title={t("invalidTitle")}>
              {t("invalidBody")}
            </Alert>
            <Link href="/login" className="block text-center text-brand-700 underline underline-offset-4">
              {t("toLogin")}
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
