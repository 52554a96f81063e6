import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { ForgetOfflineStay } from "@/components/checkin/forget-offline-stay";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Alert } from "@/components/ui/alert";
import { safeCallbackPath } from "@/lib/auth-schemas";
import { ROLE_HOME } from "@/lib/roles";
import { currentActor } from "@/server/auth/actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("submit") };
}

type Props = {
  searchParams: Promise<{
    callbackUrl?: string;
    signedOut?: string;
    error?: string;
    reset?: string;
    passwordChanged?: string;
    emailChanged?: string;
    signedOutEverywhere?: string;
  }>;
};

/** The notice after an account change that ended every session (the first one present wins). */
const NOTICES = [
  ["reset", "resetTitle", "resetBody"],
  ["passwordChanged", "passwordChangedTitle", "passwordChangedBody"],
  ["emailChanged", "emailChangedTitle", "emailChangedBody"],
  ["signedOutEverywhere", "signedOutEverywhereTitle", "signedOutEverywhereBody"],
  ["signedOut", "signedOutTitle", "signedOutBody"],
] as const;

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await currentActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  const t = await getTranslations("auth");
  const notice = NOTICES.find(([param]) => params[param]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <LanguageSwitcher className="absolute top-4 right-4" />
      {/* signed out (or never signed in) on this device: no guest's stay stays saved on it */}
      <ForgetOfflineStay />
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-2 text-center">
          <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
          <h1 className="font-bold text-2xl text-slate-900">{t("title")}</h1>
          <p className="text-slate-600 text-sm">{t("subtitle")}</p>
        </div>
        {notice ? (
          <Alert tone="success" title={t(notice[1])}>
            {t(notice[2])}
          </Alert>
        ) : null}
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={safeCallbackPath(params.callbackUrl)} />
          <p className="mt-4 text-center text-sm">
            {/* a plain link, not next/link: the router's link code (~3.5 KB) is the only thing this page would
                load it for, and the forgotten-password page is its own small document */}
            <a href="/forgot-password" className="text-brand-700 underline underline-offset-4">
              {t("forgot")}
            </a>
          </p>
        </div>
      </div>
    </main>
  );
}
