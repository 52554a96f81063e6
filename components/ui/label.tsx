import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * A native <label>: Radix's Label only added a guard against selecting the text on double-click, at ~0.7 KB of
 * JavaScript on every page with a form.
 */
export type LabelProps = ComponentProps<"label"> & {
  /** Adds a visual asterisk; the control itself must carry `required` so that it is announced. */
  required?: boolean;
};

export function Label({ className, required, children, ...props }: LabelProps) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: callers pass htmlFor or wrap their control
    <label className={cn("block font-medium text-slate-900 text-sm", className)} {...props}>
      {children}
      {required ? (
        <span aria-hidden="true" className="ml-0.5 text-red-700">
          *
        </span>
      ) : null}
    </label>
  );
}
