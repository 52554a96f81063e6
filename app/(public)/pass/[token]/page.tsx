import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PassWhen } from "@/components/passes/pass-when";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { Alert } from "@/components/ui/alert";
import { findPublicPass } from "@/server/services/passes/find-public-pass";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passes.public"))("metaTitle"), referrer: "no-referrer" };
}

/** The page a pass's link opens, with no sign-in: the holder's PIN while the pass can open, its doors and times. */
export default async function PublicPassPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [pass, t] = await Promise.all([findPublicPass(token), getTranslations("passes.public")]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <LanguageSwitcher className="absolute top-4 right-4" />
      <div className="w-full max-w-sm space-y-6">
        {pass ? (
          <>
            <div className="space-y-2 text-center">
              <p className="font-semibold text-brand-700 text-sm uppercase tracking-wide">
                {t("building", { building: pass.buildingName })}
              </p>
              <h1 className="font-bold text-2xl text-slate-900">{t("title", { name: pass.holderName })}</h1>
            </div>
            <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
              {pass.pin ? (
                <div className="text-center">
                  <p className="text-slate-600 text-sm">{t("pin")}</p>
                  <p
                    className="font-bold font-mono text-4xl text-slate-900 tracking-widest"
                    data-testid="public-pin"
                  >
                    {pass.pin}
                  </p>
                  <p className="text-slate-600 text-sm">{t("pinHint")}</p>
                </div>
              ) : (
                <Alert tone="warning">{t("noPin")}</Alert>
              )}
              <dl className="space-y-2 text-sm">
                <div>
                  <dt className="text-slate-600">{t("doors")}</dt>
                  <dd className="text-slate-900">{pass.doors.join(", ")}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("when")}</dt>
                  <dd className="text-slate-900">
                    <PassWhen schedule={pass.schedule} timeZone={pass.timeZone} />
                  </dd>
                </div>
              </dl>
              <p className="text-slate-600 text-xs">{t("timeZone", { zone: pass.timeZone })}</p>
            </div>
          </>
        ) : (
          <>
            <h1 className="text-center font-bold text-2xl text-slate-900">{t("invalidTitle")}</h1>
            <Alert tone="warning">{t("invalidBody")}</Alert>
          </>
        )}
      </div>
    </main>
  );
}
