import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type StatProps = {
  label: ReactNode;
  value: ReactNode;
  /** A short line under the value, e.g. "3 due today". */
  hint?: ReactNode;
  /** Decorative icon element, e.g. `<DoorOpen />`. */
  icon?: ReactNode;
  /** Colours the hint when it carries good or bad news (its text must still say which). */
  tone?: "neutral" | "success" | "warning" | "danger";
  className?: string;
};

const HINT_TONE = {
  neutral: "text-slate-600",
  success: "text-emerald-700",
  warning: "text-amber-800",
  danger: "text-red-700",
} as const;

/** A KPI tile. A `<dl>` of its own, so the label is read with its value. Lay several out with StatGrid. */
export function Stat({ label, value, hint, icon, tone = "neutral", className }: StatProps) {
  return (
    <div className={cn("rounded-lg border border-slate-200 bg-white p-4 shadow-sm", className)}>
      <dl className="flex flex-col gap-1">
        <dt className="flex items-center justify-between gap-2 font-medium text-slate-600 text-sm">
          <span>{label}</span>
          {icon ? (
            <span aria-hidden="true" className="text-slate-500 [&_svg]:size-5">
              {icon}
            </span>
          ) : null}
        </dt>
        <dd className="font-semibold text-2xl text-slate-900 tabular-nums sm:text-3xl">{value}</dd>
        {hint ? <dd className={cn("text-sm", HINT_TONE[tone])}>{hint}</dd> : null}
      </dl>
    </div>
  );
}

/** One to four columns of Stat tiles depending on the screen width. */
export function StatGrid({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn("grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4", className)}>{children}</div>;
}
