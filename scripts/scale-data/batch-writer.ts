/**
 * BatchWriteItem for bulk loads (scripts only; request paths write through transactions and conditional puts):
 * 25 requests per call, `concurrency` calls in flight, unprocessed items retried with jittered exponential
 * backoff. `send` does the call and returns the requests DynamoDB left unprocessed.
 */
export type SendBatch<R> = (requests: R[]) => Promise<R[]>;

const BATCH = 25;
const MAX_ATTEMPTS = 12;
const RETRYABLE =
  /Throttl|ProvisionedThroughputExceeded|RequestLimitExceeded|InternalServerError|ECONNRESET|socket/i;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const backoff = (attempt: number) => Math.min(5_000, 20 * 2 ** attempt) * (0.5 + Math.random());

export class BatchWriter<R> {
  /** requests DynamoDB has accepted */
  written = 0;
  private buffer: R[] = [];
  private inFlight = new Set<Promise<void>>();
  private failure: unknown;

  constructor(
    private readonly send: SendBatch<R>,
    private readonly concurrency = 8,
  ) {}

  /** Queues one request; resolves once there is room for more (back-pressure keeps memory flat). */
  async add(request: R): Promise<void> {
    this.buffer.push(request);
    if (this.buffer.length >= BATCH) await this.dispatch();
  }

  async addAll(requests: Iterable<R>): Promise<void> {
    for (const r of requests) await this.add(r);
  }

  /** Sends what is buffered and waits for every call in flight. */
  async flush(): Promise<void> {
    if (this.buffer.length) await this.dispatch();
    await Promise.all(this.inFlight);
    this.rethrow();
  }

  private async dispatch(): Promise<void> {
    this.rethrow();
    const batch = this.buffer;
    this.buffer = [];
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    const call: Promise<void> = this.write(batch)
      .catch((e) => {
        this.failure ??= e;
      })
      .finally(() => this.inFlight.delete(call));
    this.inFlight.add(call);
  }

  private async write(batch: R[]): Promise<void> {
    let pending = batch;
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt >= MAX_ATTEMPTS)
        throw new Error(`BatchWriteItem: ${pending.length} items still unprocessed`);
      if (attempt > 0) await sleep(backoff(attempt));
      try {
        const left = await this.send(pending);
        this.written += pending.length - left.length;
        pending = left;
      } catch (e) {
        const err = e as { name?: string; message?: string; $retryable?: unknown };
        if (!err.$retryable && !RETRYABLE.test(`${err.name} ${err.message}`)) throw e;
      }
    }
  }

  private rethrow(): void {
    if (this.failure) throw this.failure;
  }
}
