"use client";

import { type ComponentProps, lazy, Suspense } from "react";
import type * as StayTimes from "@/components/stay-times/stay-time-requests";

const LazyStayTimes = lazy(() =>
  import("@/components/stay-times/stay-time-requests").then((m) => ({ default: m.StayTimeRequests })),
);

/**
 * Early check-in and late check-out on the guest's page, in their own chunk: the page renders them only where the
 * building offers one or a request exists, so a stay with neither loads none of their form. The server renders
 * them with the page; the browser fetches the chunk as it hydrates. (React's lazy: next/dynamic's loader would
 * add ~2 KB gzipped.)
 */
export function StayTimeRequests(props: ComponentProps<typeof StayTimes.StayTimeRequests>) {
  return (
    <Suspense>
      <LazyStayTimes {...props} />
    </Suspense>
  );
}
