/**
 * `npm run rebuild:summaries -- [--building <id>]`: recomputes the summary items the homes read (issue 19: the
 * device health sets, server/db/device-health.ts) from the records they summarize, for one building or every
 * building. The writes keep them current; this is the repair when they are known to be wrong (a process died
 * between a device write and its summary write, a bulk load wrote devices without the app's functions).
 * Writes where the app does (`DYNAMODB_ENDPOINT`, else AWS).
 */
import { HEALTH_SETS } from "@/lib/domain/device-health";
import { listBuildings } from "@/server/db/buildings";
import { rebuildDeviceHealth } from "@/server/db/device-health";

async function main() {
  const at = process.argv.indexOf("--building");
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
    const sets = await rebuildDeviceHealth({ buildingId });
    const sizes = HEALTH_SETS.map((s) => `${s} ${sets[s]?.size ?? 0}`).join(", ");
    console.log(`[rebuild] ${buildingId}: device health ${sizes}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error("[rebuild] failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
