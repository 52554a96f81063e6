import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type EmptyStateProps = {
  /** A decorative icon element, e.g. `<Inbox />` (hidden from screen readers). */
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** A button or link to the first useful step, e.g. "Open a ticket". */
  action?: ReactNode;
  /** Heading level of the title, to fit the page outline. */
  headingLevel?: 2 | 3;
  className?: string;
};

/** What a list or page shows when it has nothing yet: say so, and offer the next step. */
export function EmptyState({
  icon,
  title,
  description,
  action,
  headingLevel = 2,
  className,
}: EmptyStateProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-lg border border-slate-300 border-dashed bg-white px-6 py-10 text-center",
        className,
      )}
    >
      {icon ? (
        <div aria-hidden="true" className="mb-3 rounded-full bg-brand-50 p-3 text-brand-700 [&_svg]:size-6">
          {icon}
        </div>
      ) : null}
      <Heading className="font-semibold text-base text-slate-900">{title}</Heading>
      {description ? <p className="mt-1 max-w-prose text-slate-600 text-sm">{description}</p> : null}
      {action ? <div className="mt-4 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
