"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { Wrench } from "./guest-icons";

const loadForm = () => import("./guest-report-form");
const GuestReportForm = lazy(() => loadForm().then((m) => ({ default: m.GuestReportForm })));

/**
 * "Report a problem" on the guest's page (issue 17, item 7). The form (its fields, the photo picker and its
 * uploads: guest-report-form.tsx) loads when the guest asks for it, not with the page: most guests never open it.
 * The import starts as the pointer or the focus reaches the button, so it is usually there by the click.
 */
export function GuestReportProblem() {
  const t = useTranslations("guestStay.report");
  const [open, setOpen] = useState(false);
  return (
    <section
      aria-labelledby="guest-report-title"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="guest-report-title" className="flex items-center gap-2 font-semibold text-lg text-slate-900">
        <Wrench aria-hidden="true" className="size-5 text-brand-700" />
        {t("title")}
      </h2>
      {open ? (
        <Suspense
          fallback={
            <p role="status" className="mt-3 flex items-center gap-2 text-slate-600 text-sm">
              <Spinner size="sm" /> {t("loading")}
            </p>
          }
        >
          <GuestReportForm />
        </Suspense>
      ) : (
        <>
          <p className="mt-1 mb-3 text-slate-700 text-sm">{t("intro")}</p>
          <Button
            variant="secondary"
            size="lg"
            className="w-full sm:w-auto"
            onPointerEnter={loadForm}
            onFocus={loadForm}
            onClick={() => setOpen(true)}
          >
            {t("start")}
          </Button>
        </>
      )}
    </section>
  );
}
