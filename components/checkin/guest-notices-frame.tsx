import type { ReactNode } from "react";
import type { NotificationDTO } from "@/lib/domain/notification";

/** Announcements are shown in full on the stay page already (with acknowledgement): left out of its notices. */
export const isStayNotice = (n: NotificationDTO) => n.kind !== "announcement";

/**
 * The stay page's notices section: its heading (with `aside`, e.g. "mark all read"), then the list or the empty
 * text. Drawn alike by the list (guest-notice-list.tsx) and on the server while there is nothing to list.
 */
export function NoticesFrame({
  title,
  aside,
  children,
}: {
  title: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="stay-notices" className="space-y-3" data-testid="guest-notices">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="stay-notices" className="flex-1 font-semibold text-lg text-slate-900">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** What the section says while there are no notices. */
export function NoNotices({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-slate-200 border-dashed bg-white p-4 text-slate-600 text-sm">
      {children}
    </p>
  );
}
