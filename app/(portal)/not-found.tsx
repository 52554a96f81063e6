import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { FileQuestion } from "@/components/ui/server-icons";
import { ROLE_HOME } from "@/lib/roles";
import { currentActor } from "@/server/auth/actor";

/**
 * `notFound()` inside the signed-in portal (e.g. a ticket that does not exist or is someone else's): the same
 * words as the global 404, inside the shell, with a way back to the person's home.
 */
export default async function PortalNotFound() {
  const [t, actor] = await Promise.all([getTranslations("notFound"), currentActor()]);
  return (
    <section className="mx-auto max-w-md space-y-4 py-16 text-center" aria-labelledby="not-found-title">
      <FileQuestion aria-hidden="true" className="mx-auto size-12 text-slate-400" />
      <h1 id="not-found-title" className="font-bold text-2xl text-slate-900">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("body")}</p>
      <LinkButton variant="secondary" href={actor ? ROLE_HOME[actor.role] : "/"}>
        {t("home")}
      </LinkButton>
    </section>
  );
}
