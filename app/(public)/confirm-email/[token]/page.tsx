import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailForm } from "@/components/account/confirm-email-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Alert } from "@/components/ui/alert";
import { findEmailChangeLink } from "@/server/services/account/confirm-email-change";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.confirmEmail"))("metaTitle"), referrer: "no-referrer" };
}

/** The link sent to a new address: shows it and a "Confirm" button; opening the page alone changes nothing. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, t] = await Promise.all([findEmailChangeLink(token), getTranslations("account.confirmEmail")]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <LanguageSwitcher className="absolute top-4 right-4" />
      <div className="w-full max-w-sm space-y-6">
        {link ? (
          <>
            <div className="space-y-2 text-center">
              <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
              <h1 className="font-bold text-2xl text-slate-900">{t("title")}</h1>
              <p className="break-words text-slate-600 text-sm">{t("body", { email: link.email })}</p>
            </div>
            <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              <ConfirmEmailForm token={token} />
            </div>
          </>
        ) : (
          <>
            <h1 className="text-center font-bold text-2xl text-slate-900">{t("invalidTitle")}</h1>
            <Alert tone="warning">{t("invalidBody")}</Alert>
            <Link href="/login" className="block text-center text-brand-700 underline underline-offset-4">
              {t("toLogin")}
            </Link>
          </>
        )}
      </div>
    </main>
  );
}
