"use client";

import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/**
 * The foot of a "Load more" list: the error of the last read, the button while the API has a cursor (or the
 * "that is all" count once it has none), and a polite live region announcing what the last click brought.
 */
export function LoadMoreFooter({
  cursor,
  count,
  pending,
  failed,
  announcement,
  onLoadMore,
  labels,
}: {
  cursor: string | null;
  count: number;
  pending: boolean;
  failed: boolean;
  announcement: string;
  onLoadMore: () => void;
  labels: { loadMore: string; loadFailed: string; end: string };
}) {
  return (
    <>
      {failed ? <FormError message={labels.loadFailed} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        {cursor ? (
          <Button variant="secondary" onClick={onLoadMore} loading={pending}>
            {labels.loadMore}
          </Button>
        ) : count ? (
          <p className="text-slate-600 text-sm">{labels.end}</p>
        ) : null}
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </>
  );
}
