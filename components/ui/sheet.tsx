"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { cn } from "@/lib/cn";

export type SheetProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens the sheet; it gets aria-expanded and aria-controls. */
  trigger: (props: {
    "aria-expanded": boolean;
    "aria-controls": string;
    "aria-haspopup": "dialog";
    onClick: () => void;
  }) => ReactNode;
  side?: "left" | "right";
  title: ReactNode;
  description: ReactNode;
  hideTitle?: boolean;
  hideDescription?: boolean;
  closeLabel?: string;
  /** The close button's icon (decorative), drawn by a server component so the sheet carries no icon code. */
  closeIcon: ReactNode;
  children: ReactNode;
};

/**
 * A dialog that slides in from a side of the screen (the phone navigation drawer), on the browser's own modal
 * <dialog>: the rest of the page is inert while it is open, Escape closes it, focus moves into it and returns to
 * the trigger on close, with no dialog library in the page's download. A click on the backdrop closes it too.
 * Its content is rendered only while it is open.
 */
export function Sheet({
  open,
  onOpenChange,
  trigger,
  side = "left",
  title,
  description,
  hideTitle,
  hideDescription,
  closeLabel = "Close",
  closeIcon,
  children,
}: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <>
      {trigger({
        "aria-expanded": open,
        "aria-controls": id,
        "aria-haspopup": "dialog",
        onClick: () => onOpenChange(true),
      })}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop is a pointer shortcut; the keyboard has Escape and the close button */}
      <dialog
        ref={ref}
        id={id}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        // Escape (the browser's cancel) and dialog.close() both end here
        onClose={() => onOpenChange(false)}
        onClick={(e) => {
          if (e.target === e.currentTarget) onOpenChange(false);
        }}
        className={cn(
          "fixed inset-y-0 m-0 h-dvh max-h-none w-[85vw] max-w-xs border-0 bg-white p-0 text-slate-900 shadow-xl",
          "backdrop:bg-slate-950/50 open:flex open:flex-col",
          side === "left" ? "right-auto left-0" : "right-0 left-auto",
        )}
      >
        {/* drawn only while open: a closed drawer adds no copy of the navigation to the page (its HTML, find-in-page,
            text queries) */}
        {open && (
          <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">
            <div className="flex min-h-14 items-center justify-between gap-2 border-slate-200 border-b px-4">
              <div className="min-w-0">
                <h2
                  id={`${id}-title`}
                  className={cn("truncate font-semibold text-base text-slate-900", hideTitle && "sr-only")}
                >
                  {title}
                </h2>
                <p
                  id={`${id}-description`}
                  className={cn("text-slate-600 text-sm", hideDescription && "sr-only")}
                >
                  {description}
                </p>
              </div>
              <button
                type="button"
                onClick={() => onOpenChange(false)}
                className="inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                aria-label={closeLabel}
              >
                {closeIcon}
              </button>
            </div>
            {children}
          </div>
        )}
      </dialog>
    </>
  );
}
