import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The shape of a device or access-log page while it loads: header, filters, an optional chart, table rows. */
export function DevicePageSkeleton({ label, chart = false }: { label: string; chart?: boolean }) {
  return (
    <LoadingRegion label={label} className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <Skeleton className="h-12 w-full" />
      {chart ? <Skeleton className="h-60 w-full" /> : null}
      <div className="space-y-px">
        {["a", "b", "c", "d", "e", "f"].map((k) => (
          <Skeleton key={k} className="h-14 w-full rounded-none first:rounded-t-lg last:rounded-b-lg" />
        ))}
      </div>
    </LoadingRegion>
  );
}
