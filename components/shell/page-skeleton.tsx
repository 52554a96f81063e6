import { type Messages, useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The message namespaces that have a `loading` line ("Loading the stays…"). */
export type LoadingNamespace = {
  [K in keyof Messages]: Messages[K] extends { loading: string } ? K : never;
}[keyof Messages];

/** Full-width block heights, written out so that Tailwind sees each class. */
const BLOCK = { 28: "h-28", 32: "h-32", 40: "h-40", 48: "h-48", 72: "h-72" } as const;

export type PageSkeletonProps = {
  /** Whose `loading` message screen readers hear. */
  ns: LoadingNamespace;
  /** A line under the title, for pages with a description. */
  description?: boolean;
  /** The blocks below the header, top to bottom, by height (Tailwind units). */
  blocks: readonly (keyof typeof BLOCK)[];
};

/** A page while it loads (for loading.tsx): a title, an optional description line, then full-width blocks. */
export function PageSkeleton({ ns, description = false, blocks }: PageSkeletonProps) {
  const t = useTranslations(ns);
  return (
    <LoadingRegion label={t("loading")}>
      <Skeleton className="h-9 w-48" />
      {description ? <Skeleton className="h-4 w-full max-w-md" /> : null}
      {blocks.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list per page, never reordered
        <Skeleton key={i} className={`${BLOCK[h]} w-full`} />
      ))}
    </LoadingRegion>
  );
}
