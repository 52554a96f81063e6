"use client";

import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { useLoadMore } from "./use-load-more";

/**
 * The foot of a "Load more" list: the error of the last read, the button while the API has a cursor (or the
 * "that is all" count once it has none), and a polite live region announcing what the last click brought.
 */
export function LoadMoreFooter({
  list: { cursor, items, pending, failed, announcement, loadMore },
  t,
}: {
  list: Pick<
    ReturnType<typeof useLoadMore>,
    "cursor" | "items" | "pending" | "failed" | "announcement" | "loadMore"
  >;
  /** the list's messages: `loadMore`, `loadFailed` and `end` (with `count`) */
  t: (key: "loadMore" | "loadFailed" | "end", values?: { count: number }) => string;
}) {
  const count = items.length;
  return (
    <>
      {failed ? <FormError message={t("loadFailed")} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        {cursor ? (
          <Button variant="secondary" onClick={loadMore} loading={pending}>
            {t("loadMore")}
          </Button>
        ) : count ? (
          <p className="text-slate-600 text-sm">{t("end", { count })}</p>
        ) : null}
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </>
  );
}
