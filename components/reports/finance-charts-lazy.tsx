"use client";

import dynamic from "next/dynamic";

/** The charts, fetched only when the report page shows them (recharts stays out of every other bundle). */
export const FinanceChartsLazy = dynamic(() => import("./finance-charts"), {
  ssr: false,
  loading: () => <div className="h-72 animate-pulse rounded-lg bg-slate-100" aria-hidden="true" />,
});
