/**
 * `npm run seed:scale -- [--units 500] [--stays 50000] [--access-logs 1000000] [--tickets 20000] [--reset]`
 * (`tsx --conditions=react-server scripts/seed-scale.ts`; `--help` for every flag and where it writes).
 *
 * Fills "Scale Tower" (bld_scale) at large-building scale so that pages and queries can be measured against it.
 * The few hundred units, people and devices go through the app's own write functions; the bulk (stays and their
 * nights, tickets and their history, access logs and day counters) is built by the same pure item builders the
 * app's writes use (`reservationItems`, `ticketItem`, `accessLogItem`…) and sent with BatchWriteItem, which is
 * fine for a script: nothing else writes this building while it is seeded. Idempotent through a marker item.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { todayIn } from "@/lib/domain/stay-dates";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/server/auth/password";
import { putBuilding } from "@/server/db/buildings";
import { tableName } from "@/server/db/client";
import { putDevice } from "@/server/db/devices";
import { putUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { scaleAccessLogs } from "./scale-data/access-logs";
import {
  SCALE_BUILDING_ID,
  scaleBuilding,
  scaleDevices,
  scaleUnits,
  scaleUsers,
} from "./scale-data/building";
import { resolveDynamo } from "./scale-data/endpoint";
import { claimScaleMarker, finishScaleMarker, readScaleMarker, SCALE_MARKER } from "./scale-data/marker";
import { parseScaleOptions, SCALE_HELP, type ScaleOptions } from "./scale-data/options";
import { BulkLoader, fmt, inParallel, seconds } from "./scale-data/progress";
import { scaleStayItems } from "./scale-data/stays";
import { scaleTicketItems } from "./scale-data/tickets";
import { DEMO_PASSWORD } from "./seed-data/people";
import { rng } from "./seed-data/random";
import { resetBuildings } from "./seed-reset";
import { ensureTable } from "./stack/ensure-table";

const root = fileURLToPath(new URL("..", import.meta.url));
const log = (m: string) => console.log(`[seed:scale] ${m}`);

/** Seeds the scale building into the table `server/db/client` points at; false when it was already there. */
export async function seedScale(opts: ScaleOptions): Promise<boolean> {
  const { units: unitCount, stays, accessLogs, tickets } = opts;
  const sizes = { units: unitCount, stays, accessLogs, tickets };
  if (opts.reset) {
    const t = performance.now();
    const n = await resetBuildings([SCALE_BUILDING_ID], SCALE_MARKER);
    log(`reset: deleted ${fmt(n)} items of Scale Tower in ${seconds(performance.now() - t)}`);
  }
  const now = new Date();
  if (!(await claimScaleMarker(sizes, now))) {
    const m = await readScaleMarker();
    const what =
      m?.status === "done"
        ? `already seeded at ${m.finishedAt}`
        : `an earlier run started at ${m?.startedAt} did not finish`;
    log(`${what} (${JSON.stringify(m?.sizes)}); use --reset to start over`);
    return false;
  }
  const at = now.toISOString();
  const building = scaleBuilding(at);
  const today = todayIn(building.timezone, now);
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: scrypt is slow on purpose
  await putBuilding({ building });
  const units = scaleUnits(unitCount, at);
  await inParallel(units, 16, (unit) => putUnit({ unit }));
  const users = scaleUsers(units, passwordHash, at);
  await inParallel(users, 8, (user) =>
    createUser({ user }).catch((e) => {
      if (!(e instanceof AppError && e.code === "conflict")) throw e;
    }),
  );
  const devices = scaleDevices(units, rng("buildingos-scale:devices"), now);
  await inParallel(devices, 16, (device) => putDevice({ device }));
  log(`${units.length} units, ${users.length} people, ${devices.length} locks`);

  const loader = new BulkLoader(log, opts.concurrency);
  const r = (part: string) => rng(`buildingos-scale:${part}`);
  await loader.phase("stays", scaleStayItems({ building, units, total: stays, today, now, r: r("stays") }));
  await loader.phase(
    "tickets",
    scaleTicketItems({ buildingId: building.id, units, total: tickets, now, r: r("tickets") }),
  );
  const logs = scaleAccessLogs({
    buildingId: building.id,
    devices,
    residentOf: new Map(units.map((u) => [u.id, u.residentIds[0]])),
    total: accessLogs,
    retentionDays: building.config.accessLogRetentionDays,
    timeZone: building.timezone,
    now,
    r: r("access"),
  });
  await loader.phase("access logs", logs.items());
  await loader.phase("access day counters", logs.counterItems());
  await finishScaleMarker(loader.written);
  return true;
}

async function main() {
  const opts = parseScaleOptions(process.argv.slice(2));
  if (opts.help) return console.log(SCALE_HELP);
  const started = performance.now();
  const target = await resolveDynamo({ aws: opts.aws, dataDir: join(root, ".data") });
  try {
    // before the app's config is first read: it is parsed once per process
    if (target.endpoint) process.env.DYNAMODB_ENDPOINT = target.endpoint;
    log(`writing to ${target.what}${target.endpoint ? ` (${target.endpoint})` : ""}, table ${tableName()}`);
    if (target.endpoint) await ensureTable({ endpoint: target.endpoint, tableName: tableName() });
    const { units, stays, accessLogs, tickets } = opts;
    log(
      `Scale Tower: ${fmt(units)} units, ${fmt(stays)} stays, ${fmt(tickets)} tickets, ${fmt(accessLogs)} access logs`,
    );
    if (await seedScale(opts)) log(`done in ${seconds(performance.now() - started)}`);
  } finally {
    await target.stop();
  }
}

if (process.argv[1] && /scripts[\\/]seed-scale\.ts$/.test(process.argv[1])) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  main().then(
    () => process.exit(0),
    (e) => {
      console.error("[seed:scale] failed:", e);
      process.exit(1);
    },
  );
}
