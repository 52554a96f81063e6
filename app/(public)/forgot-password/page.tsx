import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.forgot"))("metaTitle") };
}

/** "Forgot password?": asks for the email; the same answer whether or not it has an account. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("account.forgot");
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <LanguageSwitcher className="absolute top-4 right-4" />
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-2 text-center">
          <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">BuildingOS</p>
          <h1 className="font-bold text-2xl text-slate-900">{t("title")}</h1>
          <p className="text-slate-600 text-sm">{t("subtitle")}</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <ForgotPasswordForm />
        </div>
        <Link href="/login" className="block text-center text-brand-700 underline underline-offset-4">
          {t("backToLogin")}
        </Link>
      </div>
    </main>
  );
}
