import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)} {...props} />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("space-y-1 p-4 sm:p-6", className)} {...props} />;
}

export type CardTitleProps = ComponentProps<"h2"> & {
  /** Keep the page outline right: h2 under the page's h1, h3 inside a section. */
  as?: "h2" | "h3" | "h4";
};

export function CardTitle({ as: Heading = "h2", className, ...props }: CardTitleProps) {
  return <Heading className={cn("font-semibold text-base text-slate-900", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-slate-600 text-sm", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("px-4 pb-4 sm:px-6 sm:pb-6 [&:first-child]:pt-4 sm:[&:first-child]:pt-6", className)}
      {...props}
    />
  );
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "flex flex-wrap items-center gap-2 border-slate-200 border-t px-4 py-3 sm:px-6",
        className,
      )}
      {...props}
    />
  );
}
