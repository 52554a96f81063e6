import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The shape of a ticket list while it loads: cards (resident) or table rows (staff queue). */
export function TicketListSkeleton({ label, variant }: { label: string; variant: "cards" | "table" }) {
  const rows = Array.from({ length: 5 }, (_, i) => i);
  return (
    <LoadingRegion label={label} className="space-y-6">
      <div className="flex items-start justify-between gap-4">
        <div className="space-y-2">
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-4 w-64 max-w-full" />
        </div>
        <Skeleton className="h-10 w-36" />
      </div>
      {variant === "table" ? <Skeleton className="h-12 w-full" /> : null}
      <div className={variant === "cards" ? "grid gap-3 lg:grid-cols-2" : "space-y-px"}>
        {rows.map((i) =>
          variant === "cards" ? (
            <div key={i} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3">
              <Skeleton className="size-16 shrink-0" />
              <div className="flex-1 space-y-2">
                <Skeleton className="h-4 w-3/4" />
                <Skeleton className="h-5 w-20 rounded-full" />
                <Skeleton className="h-3 w-1/2" />
              </div>
            </div>
          ) : (
            <Skeleton key={i} className="h-14 w-full rounded-none first:rounded-t-lg last:rounded-b-lg" />
          ),
        )}
      </div>
    </LoadingRegion>
  );
}
