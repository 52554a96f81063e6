import type { AccessLog, AccessMethod } from "@/lib/domain/access-log";
import type { Device } from "@/lib/domain/device";
import type { UserRecord } from "@/lib/domain/user";
import type { Rng } from "./random";
import type { DemoStay } from "./stays";

/** Busier in the morning and evening, quiet at night: weights for hours 0..23. */
const HOURLY = [1, 0, 0, 0, 0, 1, 3, 6, 8, 5, 4, 4, 5, 4, 4, 4, 5, 7, 9, 8, 6, 4, 3, 2];
const HOUR_TOTAL = HOURLY.reduce((a, b) => a + b, 0);

export function pickHour(r: Rng): number {
  let x = r.next() * HOUR_TOTAL;
  for (let h = 0; h < 24; h++) {
    x -= HOURLY[h];
    if (x < 0) return h;
  }
  return 18;
}

/**
 * About `perDay` door events a day over the last `days` days: residents at their own doors and the lobby,
 * guests with their PIN during their stays, staff remote unlocks, some denied attempts. Event ids are fixed
 * per building and index, so reseeding writes the same events (stored once per eventId).
 */
export function demoAccessLogs(opts: {
  buildingId: string;
  slug: string;
  devices: Device[];
  users: UserRecord[];
  stays: DemoStay[];
  r: Rng;
  now: Date;
  days?: number;
  perDay?: number;
}): AccessLog[] {
  const { buildingId, slug, devices, users, stays, r, now } = opts;
  const days = opts.days ?? 21;
  const perDay = opts.perDay ?? 15;
  const locks = devices.filter((d) => d.type === "lock");
  const lobby = locks.find((d) => d.unitId === null && d.id.includes("lobby")) ?? locks[0];
  const residents = users.filter((u) => u.role === "resident" && u.unitIds.length > 0);
  const logs: AccessLog[] = [];
  let n = 0;
  for (let day = days - 1; day >= 0; day--) {
    const count = perDay + r.int(-4, 4);
    for (let k = 0; k < count; k++) {
      const ts = new Date(now.getTime() - day * 86_400_000);
      ts.setUTCHours(pickHour(r), r.int(0, 59), r.int(0, 59), r.int(0, 999));
      if (ts > now) ts.setTime(now.getTime() - r.int(1, 600) * 60_000);
      const iso = ts.toISOString();
      const roll = r.next();
      let device = r.pick(locks);
      let method: AccessMethod = r.pick(["key", "nfc", "app"] as const);
      let userId: string | null = null;
      let reservationId: string | null = null;
      let codeId: string | null = null;
      const stay = stays.find(
        (s) => s.doorCode && s.doorCode.validFrom <= iso && iso <= s.doorCode.validUntil,
      );
      if (roll < 0.45 && residents.length) {
        const who = r.pick(residents);
        userId = who.id;
        const own = locks.find((d) => d.unitId === who.unitIds[0]);
        device = r.chance(0.5) || !own ? lobby : own;
        method = device === lobby ? "nfc" : r.pick(["key", "app", "pin"] as const);
      } else if (roll < 0.65 && stay?.doorCode) {
        device = locks.find((d) => d.id === stay.doorCode?.deviceId) ?? device;
        method = "pin";
        reservationId = stay.reservation.id;
        codeId = stay.doorCode.id;
      } else if (roll < 0.75) {
        method = "remote";
        userId = `usr_${slug}_staff`;
      }
      const denied = r.chance(0.08);
      logs.push({
        id: r.ulid(ts),
        buildingId,
        deviceId: device.id,
        unitId: device.unitId,
        ts: iso,
        method: denied && method === "remote" ? "pin" : method,
        result: denied ? "denied" : "granted",
        userId: denied ? null : userId,
        reservationId: denied ? null : reservationId,
        codeId: denied ? null : codeId,
        eventId: `seed-${slug}-${String(n++).padStart(5, "0")}`,
      });
    }
  }
  return logs;
}
