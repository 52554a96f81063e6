import type { AccessLog, AccessMethod } from "@/lib/domain/access-log";
import type { Device } from "@/lib/domain/device";
import { accessCounterDay } from "@/server/db/access-log-batch";
import { accessDayCounterItem, accessLogItem, accessLogTtl } from "@/server/db/access-logs";
import { pickHour } from "../seed-data/access-logs";
import type { Rng } from "../seed-data/random";

const DAY = 86_400_000;
type DayCount = { granted: number; denied: number; firstTs: string };

/**
 * `total` door events over the last `days` days (busier mornings and evenings): residents at their own door
 * (their unit's lock) or the lobby/garage, some remote unlocks by staff, about 5% denied. Yields the items
 * `putAccessLog` stores and counts each day as it goes; `counterItems` then gives the per-day counters the
 * same writes would have bumped.
 */
export function scaleAccessLogs(opts: {
  buildingId: string;
  devices: Device[];
  /** unit id → its resident's user id */
  residentOf: Map<string, string>;
  total: number;
  retentionDays: number;
  /** the building's: its day counters count local days */
  timeZone: string;
  now: Date;
  r: Rng;
  days?: number;
}) {
  const { buildingId, devices, residentOf, total, retentionDays, timeZone, now, r } = opts;
  const days = opts.days ?? 90;
  const locks = devices.filter((d) => d.type === "lock");
  const unitLocks = locks.filter((d) => d.unitId !== null);
  const commonLocks = locks.filter((d) => d.unitId === null);
  const perDay = new Map<string, DayCount>();

  function* items(): Generator<Record<string, unknown>> {
    for (let n = 0; n < total; n++) {
      const ts = new Date(now.getTime() - r.int(0, days - 1) * DAY);
      ts.setUTCHours(pickHour(r), r.int(0, 59), r.int(0, 59), r.int(0, 999));
      if (ts > now) ts.setTime(now.getTime() - r.int(1, 600) * 60_000);
      const iso = ts.toISOString();
      const atUnit = unitLocks.length > 0 && (commonLocks.length === 0 || r.chance(0.7));
      const device = atUnit ? r.pick(unitLocks) : r.pick(commonLocks.length ? commonLocks : locks);
      const remote = r.chance(0.05);
      const method: AccessMethod = remote
        ? "remote"
        : atUnit
          ? r.pick(["key", "app", "pin"] as const)
          : "nfc";
      const denied = r.chance(0.05);
      const resident = device.unitId ? (residentOf.get(device.unitId) ?? null) : null;
      const log: AccessLog = {
        id: r.ulid(ts),
        buildingId,
        deviceId: device.id,
        unitId: device.unitId,
        ts: iso,
        method: denied && remote ? "pin" : method,
        result: denied ? "denied" : "granted",
        userId: denied ? null : remote ? "usr_scale_staff" : method === "pin" ? null : resident,
        reservationId: null,
        codeId: null,
        eventId: `scale-${String(n).padStart(8, "0")}`,
      };
      const day = accessCounterDay(iso, timeZone);
      const c = perDay.get(day) ?? { granted: 0, denied: 0, firstTs: iso };
      c[log.result]++;
      if (iso < c.firstTs) c.firstTs = iso;
      perDay.set(day, c);
      yield accessLogItem({ log, retentionDays });
    }
  }

  function counterItems() {
    return [...perDay.entries()].map(([day, c]) =>
      accessDayCounterItem({
        buildingId,
        day,
        granted: c.granted,
        denied: c.denied,
        ttl: accessLogTtl(c.firstTs, retentionDays),
      }),
    );
  }
  return { items, counterItems };
}
