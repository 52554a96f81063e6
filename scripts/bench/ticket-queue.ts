import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
import { median, ms, percentile, ratio } from "./stats";
import type { QueueSample } from "./ticket-queue.worker";
import { atLeast, type BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
const NAMES: Record<string, string> = { bld_harbor: "Harbor View", bld_scale: "Scale Tower" };

/**
 * DynamoDB latency of the staff ticket queue's first page (`listTicketsByStatus`, one Query on gsi2, limit 50)
 * in the demo building (a handful of tickets) and the scale building (thousands): a paginated Query reads one
 * page whatever the partition holds, so the two should be alike. Measured from a child process that uses the
 * app's own db module against the bench's DynamoDB (Local, unless DYNAMODB_ENDPOINT says otherwise).
 */
export const ticketQueue: BenchModule = {
  name: "ticket-queue",
  description: "DynamoDB Query latency of the ticket queue's first page, demo vs scale size",
  async run(ctx) {
    const env = await ctx.env();
    const n = atLeast(ctx.options, 200);
    const out = await runServerScript(root, "scripts/bench/ticket-queue.worker.ts", [String(n), "20"], env, {
      capture: true,
    });
    const line = out.trim().split("\n").pop() ?? "{}";
    const { cases } = JSON.parse(line) as { cases: QueueSample[] };
    const harborOpen = cases.find((c) => c.buildingId === "bld_harbor" && c.status === "open");
    const base = harborOpen ? median(harborOpen.ms) : Number.NaN;
    ctx.report(
      {
        title: `Ticket queue first page (listTicketsByStatus, limit 50): ${n} Queries each, round-robin`,
        columns: [
          "building",
          "status",
          "tickets in status",
          "page items",
          "median ms",
          "p95 ms",
          "× Harbor open",
        ],
        rows: cases.map((c) => [
          NAMES[c.buildingId] ?? c.buildingId,
          c.status,
          c.inStatus,
          c.pageItems,
          ms(median(c.ms)),
          ms(percentile(c.ms, 95)),
          ratio(median(c.ms), base),
        ]),
        notes: ["one Query per page whatever the partition's size: the scale rows should stay near 1×"],
      },
      cases,
    );
  },
};
