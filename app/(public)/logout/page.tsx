import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";
import { signOutAction } from "@/server/actions/sign-out";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("logout"))("submit") };
}

/** A confirmation with a POST form: a plain link to /logout (or a prefetch) must not sign anyone out. */
export default async function LogoutPage() {
  const t = await getTranslations("logout");
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm">
        <h1 className="font-bold text-slate-900 text-xl">{t("title")}</h1>
        <p className="text-slate-600 text-sm">{t("body")}</p>
        <form action={signOutAction} className="flex flex-col gap-3">
          <Button type="submit" size="lg">
            {t("submit")}
          </Button>
          <LinkButton variant="ghost" href="/">
            {t("stay")}
          </LinkButton>
        </form>
      </div>
    </main>
  );
}
