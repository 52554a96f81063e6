import type { ReactNode } from "react";

/** A titled region of a home page: a landmark (region) named by its heading. */
export function HomeSection({
  id,
  title,
  children,
  action,
}: {
  id: string;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id={id} className="font-semibold text-lg text-slate-900">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
