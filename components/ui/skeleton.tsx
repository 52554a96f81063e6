import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A grey placeholder block; decorative (aria-hidden). Size it with classes: `<Skeleton className="h-4 w-32" />`. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200", className)} {...props} />
  );
}

export type LoadingRegionProps = {
  /** What screen readers hear while the skeletons show. */
  label?: string;
  className?: string;
  /** Skeletons shaped like the content to come; defaults to a few lines. */
  children?: ReactNode;
};

/** A region that is loading: skeletons for the eye, one polite "Loading…" for screen readers (for loading.tsx). */
export function LoadingRegion({ label = "Loading…", className, children }: LoadingRegionProps) {
  return (
    <div role="status" className={cn("space-y-3", className)}>
      <span className="sr-only">{label}</span>
      {children ?? (
        <>
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-4 w-full max-w-md" />
          <Skeleton className="h-32 w-full" />
        </>
      )}
    </div>
  );
}
