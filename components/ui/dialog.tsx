"use client";

import { X } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

/** Radix Dialog: focus is trapped inside, Escape closes, focus returns to the trigger. */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export type DialogContentProps = Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> & {
  /** Required: names the dialog for screen readers. */
  title: ReactNode;
  /** Required: what the dialog is for; read when it opens. Hide it visually with `hideDescription`. */
  description: ReactNode;
  hideDescription?: boolean;
  /** Label of the corner close button. */
  closeLabel?: string;
};

export function DialogOverlay({ className, ...props }: ComponentProps<typeof DialogPrimitive.Overlay>) {
  return (
    <DialogPrimitive.Overlay
      className={cn("fixed inset-0 z-50 bg-slate-950/50 transition-opacity starting:opacity-0", className)}
      {...props}
    />
  );
}

/** A centred dialog; on phones it sits at the bottom, full width, like a sheet. */
export function DialogContent({
  title,
  description,
  hideDescription,
  closeLabel = "Close",
  className,
  children,
  ...props
}: DialogContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogOverlay />
      <DialogPrimitive.Content
        className={cn(
          "fixed inset-x-0 bottom-0 z-50 max-h-[90dvh] overflow-y-auto rounded-t-xl bg-white p-4 shadow-xl",
          "sm:inset-x-auto sm:top-1/2 sm:bottom-auto sm:left-1/2 sm:w-full sm:max-w-lg sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl sm:p-6",
          "transition duration-150 starting:translate-y-4 starting:opacity-0 sm:starting:-translate-y-1/2",
          className,
        )}
        {...props}
      >
        <div className="mb-4 space-y-1 pr-10">
          <DialogPrimitive.Title className="font-semibold text-lg text-slate-900">
            {title}
          </DialogPrimitive.Title>
          <DialogPrimitive.Description className={cn("text-slate-600 text-sm", hideDescription && "sr-only")}>
            {description}
          </DialogPrimitive.Description>
        </div>
        {children}
        <DialogPrimitive.Close
          className="absolute top-3 right-3 inline-flex size-10 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          aria-label={closeLabel}
        >
          <X aria-hidden="true" className="size-5" />
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/** Action buttons at the bottom: stacked on phones (primary on top), in a row from `sm`. */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end [&>*]:w-full sm:[&>*]:w-auto",
        className,
      )}
      {...props}
    />
  );
}
