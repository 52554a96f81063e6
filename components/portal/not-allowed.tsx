import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { ShieldX } from "@/components/ui/server-icons";
import { ROLE_HOME, type Role } from "@/lib/roles";

/** Shown in place of a page whose role the visitor does not have. Says nothing about what the page holds. */
export async function NotAllowed({ role }: { role: Role }) {
  const t = await getTranslations("notAllowed");
  return (
    <section className="mx-auto max-w-md space-y-4 py-16 text-center" aria-labelledby="not-allowed-title">
      <ShieldX aria-hidden="true" className="mx-auto size-12 text-slate-400" />
      <h1 id="not-allowed-title" className="font-bold text-2xl text-slate-900">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("body")}</p>
      <LinkButton variant="secondary" href={ROLE_HOME[role]}>
        {t("home")}
      </LinkButton>
    </section>
  );
}
