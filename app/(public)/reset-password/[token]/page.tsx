import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Alert } from "@/components/ui/alert";
import { isPasswordResetLinkLive } from "@/server/services/account/reset-password";

export async function generateMetadata(): Promise<Metadata> {
  // the token is in the path: never sent on to another site
  return { title: (await getTranslations("account.reset"))("metaTitle"), referrer: "no-referrer" };
}

/** The emailed reset link: one answer for unknown, used, superseded and expired links; otherwise a new password. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [live, t] = await Promise.all([isPasswordResetLinkLive(token), getTranslations("account.reset")]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <LanguageSwitcher className="absolute top-4 right-4" />
      <div className="w-full max-w-sm space-y-6">
        {live ? (
          <>
            <div className="space-y-2 text-center">
              <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
              <h1 className="font-bold text-2xl text-slate-900">{t("title")}</h1>
              <p className="text-slate-600 text-sm">{t("subtitle")}</p>
            </div>
            <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              <ResetPasswordForm token={token} />
            </div>
          </>
        ) : (
          <>
            <h1 className="text-center font-bold text-2xl text-slate-900">{t("invalidTitle")}</h1>
            <Alert tone="warning">{t("invalidBody")}</Alert>
            <Link
              href="/forgot-password"
              className="block text-center text-brand-700 underline underline-offset-4"
            >
              {t("again")}
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
