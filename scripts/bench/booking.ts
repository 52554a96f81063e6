import { fileURLToPath } from "node:url";
import type { BookingSample } from "./booking.worker";
import { runServerScript } from "./data";
import { median, ms, percentile } from "./stats";
import { atLeast, type BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Booking a stay through the service (rules, the one TransactWriteItems of reservation + link + nights, audit,
 * the check-in email into the outbox): latency over a few hundred sequential bookings, and the no-double-booking
 * burst: 50 concurrent requests for overlapping nights of one unit must give exactly one booking and 49
 * conflicts. Measured from a child process using the app's own modules against the bench's DynamoDB.
 */
export const booking: BenchModule = {
  name: "booking",
  description: "Booking latency (sequential) and the 50-concurrent overlapping-booking burst",
  async run(ctx) {
    const env = await ctx.env();
    const n = atLeast(ctx.options, 300);
    const out = await runServerScript(
      root,
      "scripts/bench/booking.worker.ts",
      [String(n), String(ctx.options.warmup)],
      env,
      {
        capture: true,
      },
    );
    const sample = JSON.parse(out.trim().split("\n").pop() ?? "{}") as BookingSample;
    const s = sample.sequentialMs;
    ctx.report(
      {
        title: `Booking a stay (createReservation): ${s.length} sequential bookings`,
        columns: ["bookings", "median ms", "p95 ms", "max ms"],
        rows: [[s.length, ms(median(s)), ms(percentile(s, 95)), ms(Math.max(...s))]],
        notes: [
          "each: unit + building reads, one TransactWriteItems (reservation, link, 2 nights), audit, outbox email",
        ],
      },
      s,
    );
    const b = sample.burst;
    ctx.report(
      {
        title: "No double booking: 50 concurrent bookings for overlapping nights of one unit",
        columns: [
          "requests",
          "created",
          "409 conflict",
          "other errors",
          "wall ms",
          "nights held",
          "holders",
          "overlap",
        ],
        rows: [
          [
            b.requests,
            b.created,
            b.conflicts,
            b.other,
            ms(b.wallMs),
            b.nightsHeld,
            b.holders,
            b.overlap ? "YES" : "none",
          ],
        ],
        notes: ["expected: 1 created, 49 conflicts, 0 other, 5 nights held by 1 holder, no overlap"],
      },
      b,
    );
  },
};
