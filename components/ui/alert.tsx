import { cva } from "class-variance-authority";

import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "./alert-icons";

const alertVariants = cva("flex gap-3 rounded-lg border p-4 text-sm", {
  variants: {
    tone: {
      info: "border-sky-200 bg-sky-50 text-sky-900",
      success: "border-emerald-200 bg-emerald-50 text-emerald-900",
      warning: "border-amber-200 bg-amber-50 text-amber-900",
      danger: "border-red-200 bg-red-50 text-red-900",
    },
  },
  defaultVariants: { tone: "info" },
});

const ICONS = { info: Info, success: CircleCheck, warning: TriangleAlert, danger: CircleAlert } as const;

export type AlertTone = keyof typeof ICONS;

export type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  tone?: AlertTone;
  title?: ReactNode;
  /** Optional buttons or links under the message. */
  action?: ReactNode;
};

/**
 * A message box. It is not announced by itself: pass `role="alert"` for an error that just appeared
 * (FormError does) or `role="status"` for a polite update; static notices need no role.
 */
export function Alert({ tone = "info", title, action, className, children, ...props }: AlertProps) {
  const Icon = ICONS[tone];
  return (
    <div className={cn(alertVariants({ tone }), className)} {...props}>
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <div className="min-w-0 flex-1 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="[&_a]:font-medium [&_a]:underline">{children}</div> : null}
        {action ? <div className="flex flex-wrap gap-2 pt-2">{action}</div> : null}
      </div>
    </div>
  );
}
