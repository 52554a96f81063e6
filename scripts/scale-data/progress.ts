import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "@/server/db/client";
import { BatchWriter } from "./batch-writer";

type Item = Record<string, unknown>;
type PutRequest = { PutRequest: { Item: Item } };

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Bulk puts through the app's own DynamoDB client (same marshalling as every request path), in phases that
 * report items written and items/s every few seconds.
 */
export class BulkLoader {
  private readonly writer: BatchWriter<PutRequest>;
  readonly phases: { name: string; items: number; ms: number }[] = [];

  constructor(
    private readonly log: (m: string) => void,
    concurrency: number,
  ) {
    this.writer = new BatchWriter<PutRequest>(async (requests) => {
      const out = await db().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
      return (out.UnprocessedItems?.[tableName()] ?? []) as PutRequest[];
    }, concurrency);
  }

  get written(): number {
    return this.writer.written;
  }

  /** Writes every item of `items` and waits until DynamoDB has taken them all. */
  async phase(name: string, items: Iterable<Item>): Promise<void> {
    const start = performance.now();
    const before = this.writer.written;
    let lastAt = start;
    let lastCount = before;
    const timer = setInterval(() => {
      const now = performance.now();
      const done = this.writer.written;
      const rate = ((done - lastCount) * 1000) / (now - lastAt);
      this.log(`${name}: ${fmt(done - before)} items (${fmt(rate)} items/s)`);
      lastAt = now;
      lastCount = done;
    }, 5_000);
    try {
      for (const item of items) await this.writer.add({ PutRequest: { Item: item } });
      await this.writer.flush();
    } finally {
      clearInterval(timer);
    }
    const ms = performance.now() - start;
    const count = this.writer.written - before;
    this.phases.push({ name, items: count, ms });
    this.log(`${name}: ${fmt(count)} items in ${seconds(ms)} (${fmt((count * 1000) / ms)} items/s)`);
  }
}

/** Runs `fn` over `items` with at most `width` calls in flight (single writes through the app's functions). */
export async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export { fmt };
