import "server-only";
import type { Page, PageRequest } from "../../db/query";

/** Walks every page of a small bounded list (a unit's devices, a lock's codes). */
export async function queryEvery<T>(read: (page: PageRequest) => Promise<Page<T>>, max = 2000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const p = await read({ limit: 200, cursor });
    out.push(...p.items);
    cursor = p.cursor;
  } while (cursor && out.length < max);
  return out;
}
