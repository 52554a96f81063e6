"use client";

import { useState, useTransition } from "react";
import type { PageDTO } from "@/lib/domain/common";

/**
 * A list that grows by "Load more": the rows, the API's cursor, whether the last read failed, and a sentence for
 * screen readers saying what the last click brought. `fetchPage` reads the page after `cursor` (the server decides
 * how hard to look for matches: a filtered page it returns may be short, even empty, and still carry a cursor).
 * Rows already shown (by id) are not shown twice, so a list that also grows live at the top stays clean.
 */
export function useLoadMore<T extends { id: string }>({
  initial,
  fetchPage,
  announce,
}: {
  initial: PageDTO<T>;
  fetchPage: (cursor: string) => Promise<PageDTO<T>>;
  /** the sentence read out after a click: how many rows came and whether the list is now complete */
  announce: (count: number, complete: boolean) => string;
}) {
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.cursor);
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  /** index of the first row the last click added (null when it added none): a table may move focus there */
  const [firstNew, setFirstNew] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();

  const loadMore = () =>
    startTransition(async () => {
      if (!cursor) return;
      setFailed(false);
      let page: PageDTO<T>;
      try {
        page = await fetchPage(cursor);
      } catch {
        setFailed(true);
        return;
      }
      setFirstNew(page.items.length ? items.length : null);
      setItems((all) => [...all, ...page.items.filter((p) => !all.some((row) => row.id === p.id))]);
      setCursor(page.cursor);
      setAnnouncement(announce(page.items.length, !page.cursor));
    });

  return { items, setItems, cursor, failed, announcement, pending, loadMore, firstNew };
}

/** GET a JSON page from the API; a non-2xx answer is a failed read. */
export async function fetchJsonPage<T>(url: string): Promise<PageDTO<T>> {
  const res = await fetch(url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as PageDTO<T>;
}
