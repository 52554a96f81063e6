import "server-only";
import { finishCommand, listPendingCommandsDue } from "../db/device-commands";
import { logger } from "../logger";
import { commandEnded } from "./command-outcome";

/** The waiting instance ends its own commands at expiresAt; the sweeper only takes those left behind (a crash). */
const GRACE_MS = 2_000;

/**
 * Ends pending commands past their deadline as `timed_out` (one Query on the sparse pending index, then a
 * conditional update each: safe with several instances sweeping at once). Returns how many it ended.
 */
export async function sweepTimedOutCommands(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - GRACE_MS).toISOString();
  let ended = 0;
  let cursor: string | null = null;
  do {
    const page = await listPendingCommandsDue({ before, limit: 100, cursor });
    for (const c of page.items) {
      const done = await finishCommand({
        buildingId: c.buildingId,
        deviceId: c.deviceId,
        commandId: c.id,
        status: "timed_out",
        reason: "The device did not acknowledge in time.",
      });
      if (done) {
        ended++;
        await commandEnded(done);
      }
    }
    cursor = page.cursor;
  } while (cursor);
  if (ended) logger.info("command sweeper ended timed-out commands", { ended });
  return ended;
}
