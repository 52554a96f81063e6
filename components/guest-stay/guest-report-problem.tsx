import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";
import { Wrench } from "./guest-icons";
import { GuestReportOnDemand } from "./guest-report-on-demand";

/**
 * "Report a problem" on the guest's page (issue 17, item 7). Drawn on the server; only the button and the form it
 * opens are client code (guest-report-on-demand.tsx), and the form loads only when the guest asks for it.
 */
export function GuestReportProblem() {
  const t = useTranslations("guestStay.report");
  return (
    <section
      aria-labelledby="guest-report-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="guest-report-title" className="flex items-center gap-2 font-semibold text-lg text-slate-900">
        <Wrench aria-hidden="true" className="size-5 text-brand-700" />
        {t("title")}
      </h2>
      <GuestReportOnDemand
        intro={<p className="mt-1 mb-3 text-slate-700 text-sm">{t("intro")}</p>}
        start={t("start")}
        loading={
          <>
            <Spinner size="sm" /> {t("loading")}
          </>
        }
      />
    </section>
  );
}
