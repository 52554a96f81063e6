/**
 * `npm run rebuild:summaries -- [--building <id>]`: recomputes the summary items the homes read (issue 19) from
 * the records they summarize, for one building or every building: the device health sets, the units, open
 * tickets, checked-in stays, open alarms and waiting hand-overs entries, the people counter, and the stay
 * counter months (nights held, arrivals and departures per day) from this month to the one `maxNights` + 28
 * nights ahead, and the staff home's day lists of arrivals and departures from a week ago to that day. The writes keep them current; this is the repair when they are
 * known to be wrong (a process died between a write and its summary write, a bulk load wrote records without
 * the app's functions). A person's unread counter is rebuilt on its first read; `--unread <userId>` rebuilds one.
 * Writes where the app does (`DYNAMODB_ENDPOINT`, else AWS).
 */
import { HEALTH_SETS } from "@/lib/domain/device-health";
import { addDays } from "@/lib/domain/stay-dates";
import { findBuilding, listBuildings } from "@/server/db/buildings";
import { rebuildDeviceHealth } from "@/server/db/device-health";
import {
  deskSummary,
  openAlarmsSummary,
  openTicketsSummary,
  rebuildOccupancyMonth,
  rebuildPeopleCount,
  rebuildStayDay,
  rebuildUnreadCount,
  unitsSummary,
  waitingHandoversSummary,
} from "@/server/db/home-summaries";
import { type EntrySummary, rebuildEntries } from "@/server/db/summary-entries";

const ENTRY_SUMMARIES = [
  unitsSummary,
  openTicketsSummary,
  deskSummary,
  openAlarmsSummary,
  waitingHandoversSummary,
] as unknown as EntrySummary<{ id: string; buildingId: string }, unknown>[];

export async function rebuildSummaries(buildingId: string, today = new Date().toISOString().slice(0, 10)) {
  const lines: string[] = [];
  const sets = await rebuildDeviceHealth({ buildingId });
  lines.push(`device health ${HEALTH_SETS.map((s) => `${s} ${sets[s]?.size ?? 0}`).join(", ")}`);
  for (const s of ENTRY_SUMMARIES) lines.push(`${s.name} ${(await rebuildEntries(s, buildingId)).size}`);
  lines.push(`people ${await rebuildPeopleCount({ buildingId })}`);
  const building = await findBuilding({ buildingId });
  const maxNights = building?.config.maxNights ?? 30;
  const months = new Set<string>();
  for (let d = today; d <= addDays(today, maxNights + 28); d = addDays(d, 28)) months.add(d.slice(0, 7));
  months.add(addDays(today, maxNights + 28).slice(0, 7));
  for (const month of months) {
    const c = await rebuildOccupancyMonth({ buildingId, month, maxNights });
    lines.push(
      `stay counters ${month}: ${c.nights.size} nights, ${c.arrivals.size} arrival days, ${c.departures.size} departure days`,
    );
  }
  // the staff home's day lists: the late days it looks back on, and every day a stay may still arrive or leave
  let arrivals = 0;
  let departures = 0;
  const last = addDays(today, maxNights + 28);
  for (let d = addDays(today, -7); d <= last; d = addDays(d, 1)) {
    arrivals += (await rebuildStayDay({ buildingId, date: d, side: "IN" })).size;
    departures += (await rebuildStayDay({ buildingId, date: d, side: "OUT" })).size;
  }
  lines.push(`stay days ${addDays(today, -7)} to ${last}: ${arrivals} arrivals, ${departures} departures`);
  return lines;
}

async function main() {
  const at = process.argv.indexOf("--building");
  const unread = process.argv.indexOf("--unread");
  const ids: string[] = [];
  if (at >= 0) ids.push(String(process.argv[at + 1]));
  else {
    let cursor: string | null = null;
    do {
      const page = await listBuildings({ cursor, limit: 100 });
      ids.push(...page.items.map((b) => b.id));
      cursor = page.cursor;
    } while (cursor);
  }
  for (const buildingId of ids) {
    if (unread >= 0) {
      const userId = String(process.argv[unread + 1]);
      console.log(
        `[rebuild] ${buildingId}: unread of ${userId} ${await rebuildUnreadCount({ buildingId, userId })}`,
      );
      continue;
    }
    for (const line of await rebuildSummaries(buildingId)) console.log(`[rebuild] ${buildingId}: ${line}`);
  }
}

if (process.argv[1]?.endsWith("rebuild-summaries.ts")) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error("[rebuild] failed:", e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
