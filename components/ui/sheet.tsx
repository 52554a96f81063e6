"use client";

import { X } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";
import { DialogOverlay } from "./dialog";

/** A dialog that slides in from a side of the screen (the phone navigation drawer). */
export const Sheet = DialogPrimitive.Root;
export const SheetTrigger = DialogPrimitive.Trigger;
export const SheetClose = DialogPrimitive.Close;

export type SheetContentProps = Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> & {
  side?: "left" | "right";
  title: ReactNode;
  description: ReactNode;
  hideTitle?: boolean;
  hideDescription?: boolean;
  closeLabel?: string;
};

export function SheetContent({
  side = "left",
  title,
  description,
  hideTitle,
  hideDescription,
  closeLabel = "Close",
  className,
  children,
  ...props
}: SheetContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogOverlay />
      <DialogPrimitive.Content
        className={cn(
          "fixed inset-y-0 z-50 flex w-[85vw] max-w-xs flex-col overflow-y-auto bg-white shadow-xl transition-transform duration-200",
          side === "left" ? "left-0 starting:-translate-x-full" : "right-0 starting:translate-x-full",
          className,
        )}
        {...props}
      >
        <div className="flex min-h-14 items-center justify-between gap-2 border-slate-200 border-b px-4">
          <div className="min-w-0">
            <DialogPrimitive.Title
              className={cn("truncate font-semibold text-slate-900", hideTitle && "sr-only")}
            >
              {title}
            </DialogPrimitive.Title>
            <DialogPrimitive.Description
              className={cn("text-slate-600 text-sm", hideDescription && "sr-only")}
            >
              {description}
            </DialogPrimitive.Description>
          </div>
          <DialogPrimitive.Close
            className="inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            aria-label={closeLabel}
          >
            <X aria-hidden="true" className="size-5" />
          </DialogPrimitive.Close>
        </div>
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
