/**
 * Child of the `ticket-queue` bench module, run with the react-server condition (server modules are server-only)
 * against the bench's stack: `tsx --conditions=react-server scripts/bench/ticket-queue.worker.ts <n> <warmup>`.
 * Prints one JSON line: for each building and status, the tickets in that status and the latency samples of
 * the queue's first page (`listTicketsByStatus`, limit 50), queried round-robin.
 */
import type { TicketStatus } from "@/lib/domain/ticket";
import { countTicketsByStatus } from "@/server/db/counts";
import { listTicketsByStatus } from "@/server/db/tickets";

const BUILDINGS = ["bld_harbor", "bld_scale"];
const STATUSES: TicketStatus[] = ["open", "closed"];

export type QueueSample = {
  buildingId: string;
  status: TicketStatus;
  inStatus: number;
  pageItems: number;
  ms: number[];
};

async function main() {
  const n = Number(process.argv[2] ?? 200);
  const warmup = Number(process.argv[3] ?? 10);
  const cases: QueueSample[] = [];
  for (const buildingId of BUILDINGS) {
    for (const status of STATUSES) {
      const inStatus = await countTicketsByStatus({ buildingId, status });
      cases.push({ buildingId, status, inStatus, pageItems: 0, ms: [] });
    }
  }
  for (let round = 0; round < warmup + n; round++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(round + k) % cases.length];
      const t = performance.now();
      const page = await listTicketsByStatus({ buildingId: c.buildingId, status: c.status, limit: 50 });
      const elapsed = performance.now() - t;
      c.pageItems = page.items.length;
      if (round >= warmup) c.ms.push(elapsed);
    }
  }
  process.stdout.write(`${JSON.stringify({ cases })}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
