"use client";

import { lazy, type ReactNode, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";

const loadForm = () => import("./guest-report-form");
const GuestReportForm = lazy(() => loadForm().then((m) => ({ default: m.GuestReportForm })));

/**
 * The problem report's button, and the form in its place once pressed (guest-report-problem.tsx draws the rest).
 * The form (its fields, the photo picker and its uploads: guest-report-form.tsx) loads when the guest asks for
 * it, not with the page: most guests never open it. The import starts as the pointer or the focus reaches the
 * button, so it is usually there by the click.
 */
export function GuestReportOnDemand({
  intro,
  start,
  loading,
}: {
  intro: ReactNode;
  start: string;
  /** said while the form loads */
  loading: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (open)
    return (
      <Suspense
        fallback={
          <p role="status" className="mt-3 flex items-center gap-2 text-slate-600 text-sm">
            {loading}
          </p>
        }
      >
        <GuestReportForm />
      </Suspense>
    );
  return (
    <>
      {intro}
      <Button
        variant="secondary"
        size="lg"
        className="w-full sm:w-auto"
        onPointerEnter={loadForm}
        onFocus={loadForm}
        onClick={() => setOpen(true)}
      >
        {start}
      </Button>
    </>
  );
}
