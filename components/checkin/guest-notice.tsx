import type { ReactNode } from "react";

/** A guest page with one message: a clear title (the page's h1), why, and optionally the next step. */
export function GuestNotice({
  icon,
  title,
  body,
  action,
}: {
  icon: ReactNode;
  title: string;
  body: string;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <div aria-hidden="true" className="mb-3 rounded-full bg-brand-50 p-3 text-brand-700 [&_svg]:size-6">
        {icon}
      </div>
      <h1 className="font-bold text-slate-900 text-xl">{title}</h1>
      <p className="mt-2 max-w-prose text-slate-700">{body}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
