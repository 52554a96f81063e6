import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 font-medium text-xs ring-1 ring-inset [&_svg]:size-3",
  {
    variants: {
      // Text is the -800 shade on the -50 fill: above 4.5:1 for every tone.
      tone: {
        neutral: "bg-slate-100 text-slate-800 ring-slate-300",
        success: "bg-emerald-50 text-emerald-800 ring-emerald-300",
        warning: "bg-amber-50 text-amber-800 ring-amber-300",
        danger: "bg-red-50 text-red-800 ring-red-300",
        info: "bg-sky-50 text-sky-800 ring-sky-300",
        brand: "bg-brand-50 text-brand-800 ring-brand-200",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export type BadgeProps = ComponentProps<"span"> & VariantProps<typeof badgeVariants>;

/** A short status label. Its text must carry the meaning: color only reinforces it. */
export function Badge({ className, tone, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
