/**
 * The demo data of SPEC "Demo data": `tsx --conditions=react-server scripts/seed.ts [--reset]`.
 * Idempotent: a marker item (`SEED` / `DEMO`) records a finished seed and a second run does nothing.
 * `--reset` deletes both demo buildings' items and seeds again. Dates are relative to today (in each
 * building's time zone), so a fresh seed always has stays in progress, arrivals and departures today.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { hashPassword } from "@/server/auth/password";
import { config } from "@/server/config";
import { db, tableName } from "@/server/db/client";
import { keys } from "@/server/db/keys";
import { isConditionalCheckFailed } from "@/server/db/write";
import { type SeedSummary, seedBuilding } from "./seed-building";
import { DEMO_BUILDINGS } from "./seed-data/buildings";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "./seed-data/people";
import { DEMO_CHECKIN_TOKENS } from "./seed-data/stays";
import { indexDemoKnowledge } from "./seed-knowledge";
import { resetBuildings } from "./seed-reset";
import { ensureTable } from "./stack/ensure-table";

/** Raise when the demo data changes shape: an older marker then no longer counts as seeded. */
export const SEED_VERSION = 2;
const MARKER = keys.seedMarker("DEMO");
/** A run that died mid-way leaves a "seeding" marker; after this long another run may take over. */
const STALE_MS = 10 * 60_000;

export type SeedResult = { seeded: boolean; summaries: SeedSummary[]; checkinUrls: Record<string, string> };

export function demoCheckinUrls(appUrl = config().APP_URL): Record<string, string> {
  return Object.fromEntries(
    Object.entries(DEMO_CHECKIN_TOKENS).map(([b, token]) => [
      b,
      `${appUrl.replace(/\/$/, "")}/checkin/${token}`,
    ]),
  );
}

/** Claims the marker: only one seeder runs, and a finished seed of this version is never repeated. */
async function claimMarker(now: Date): Promise<boolean> {
  try {
    await db().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...MARKER, status: "seeding", version: SEED_VERSION, startedAt: now.toISOString() },
        ConditionExpression:
          "attribute_not_exists(pk) OR version < :v OR (#st = :seeding AND startedAt < :stale)",
        ExpressionAttributeNames: { "#st": "status" },
        ExpressionAttributeValues: {
          ":v": SEED_VERSION,
          ":seeding": "seeding",
          ":stale": new Date(now.getTime() - STALE_MS).toISOString(),
        },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

export async function seedDemo(
  opts: { reset?: boolean; now?: Date; log?: (m: string) => void } = {},
): Promise<SeedResult> {
  const log = opts.log ?? ((m: string) => console.log(`[seed] ${m}`));
  const now = opts.now ?? new Date();
  const checkinUrls = demoCheckinUrls();
  if (opts.reset) {
    const n = await resetBuildings(DEMO_BUILDINGS.map((s) => s.id));
    log(`reset: deleted ${n} items of ${DEMO_BUILDINGS.map((s) => s.building.name).join(" and ")}`);
  }
  if (!(await claimMarker(now))) {
    const m = await db().send(new GetCommand({ TableName: tableName(), Key: MARKER, ConsistentRead: true }));
    log(
      `already seeded (${m.Item?.status} at ${m.Item?.finishedAt ?? m.Item?.startedAt}); use --reset to start over`,
    );
    return { seeded: false, summaries: [], checkinUrls };
  }
  try {
    // one scrypt hash for every demo account: hashing ~12 times would add a second for nothing
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const summaries: SeedSummary[] = [];
    for (const spec of DEMO_BUILDINGS) {
      const s = await seedBuilding(spec, { passwordHash, now });
      summaries.push(s);
      log(
        `${spec.building.name}: ${s.units} units, ${s.users} people, ${s.devices} devices, ${s.reservations} stays, ${s.tickets} tickets, ${s.accessLogs} access logs`,
      );
    }
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: MARKER,
        UpdateExpression: "SET #st = :done, finishedAt = :at",
        ExpressionAttributeNames: { "#st": "status" },
        ExpressionAttributeValues: { ":done": "done", ":at": new Date().toISOString() },
      }),
    );
    return { seeded: true, summaries, checkinUrls };
  } catch (e) {
    // let the next run try again instead of waiting for the stale timeout
    await resetMarkerQuietly();
    throw e;
  }
}

async function resetMarkerQuietly() {
  await db()
    .send(new DeleteCommand({ TableName: tableName(), Key: MARKER }))
    .catch(() => undefined);
}

async function main() {
  const reset = process.argv.includes("--reset");
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (endpoint) {
    await ensureTable({ endpoint, tableName: tableName() });
  }
  const started = Date.now();
  const result = await seedDemo({ reset });
  await indexDemoKnowledge(DEMO_BUILDINGS.map((s) => s.id));
  if (result.seeded) console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `[seed] demo accounts (password ${DEMO_PASSWORD}): ${DEMO_PEOPLE.slice(0, 6)
      .map((p) => p.email)
      .join(", ")}`,
  );
  for (const [b, url] of Object.entries(result.checkinUrls))
    console.log(`[seed] guest check-in link, current stay in ${b}: ${url}`);
}

if (process.argv[1] && /scripts[\\/]seed\.ts$/.test(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error("[seed] failed:", e);
      process.exit(1);
    },
  );
}
