import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type PageHeaderProps = {
  /** The page's one h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links for the page's main actions; they wrap under the title on phones. */
  actions?: ReactNode;
  /** Small line above the title, e.g. a back link or the unit number. */
  eyebrow?: ReactNode;
  className?: string;
};

export function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <header
      className={cn("mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between", className)}
    >
      <div className="min-w-0 space-y-1">
        {eyebrow ? <div className="text-slate-600 text-sm">{eyebrow}</div> : null}
        <h1 className="font-semibold text-2xl text-slate-900 tracking-tight sm:text-3xl">{title}</h1>
        {description ? <p className="max-w-prose text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </header>
  );
}
