import type { Device } from "@/lib/domain/device";
import type { Rng } from "./random";

export type DemoReading = { deviceId: string; eventId: string; at: string; values: Record<string, number> };

const HOUR = 3600_000;
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * A month of history so the device pages have charts on a fresh demo: climate and CO sensors and thermostats
 * hourly for the last 2 days and every 2 h before that; the common-area locks' battery daily, slowly draining to
 * the battery its state shows (unit locks build theirs from the simulator's states; kept small so seeding stays fast). Event ids are fixed per device and time, so reseeding stores nothing twice.
 */
export function demoTelemetry({
  devices,
  r,
  now,
  days = 30,
}: {
  devices: Device[];
  r: Rng;
  now: Date;
  days?: number;
}): DemoReading[] {
  const out: DemoReading[] = [];
  const end = Math.floor(now.getTime() / HOUR) * HOUR;
  const start = end - days * 24 * HOUR;
  const times = (stepNear: number, stepFar: number) => {
    const list: number[] = [];
    for (let t = start; t < end; t += t >= end - 2 * 24 * HOUR ? stepNear : stepFar) list.push(t);
    return list;
  };
  const push = (d: Device, t: number, values: Record<string, number>) =>
    out.push({ deviceId: d.id, eventId: `seed-${d.id}-${t}`, at: new Date(t).toISOString(), values });
  for (const d of devices) {
    const s = d.state as Record<string, unknown>;
    const daily = (t: number) => Math.sin((((t / HOUR) % 24) / 24) * 2 * Math.PI - Math.PI / 2);
    if (d.type === "thermostat" || (d.type === "sensor" && s.kind === "temperature")) {
      for (const t of times(HOUR, 2 * HOUR)) {
        const values: Record<string, number> = {
          temperature: round1(21 + 1.5 * daily(t) + (r.next() - 0.5)),
        };
        if (d.type === "sensor") values.humidity = round1(45 - 6 * daily(t) + (r.next() - 0.5) * 4);
        push(d, t, values);
      }
    } else if (d.type === "sensor" && s.kind === "co") {
      for (const t of times(HOUR, 2 * HOUR))
        push(d, t, { co_ppm: Math.max(0, Math.round(4 + 3 * daily(t) + (r.next() - 0.5) * 3)) });
    } else if (d.type === "lock" && d.unitId === null) {
      const last = typeof s.battery === "number" ? s.battery : 80;
      const first = Math.min(100, last + r.int(4, 12));
      for (let t = start; t < end; t += 24 * HOUR) {
        const done = (t - start) / (end - start);
        push(d, t, { battery: Math.round(first - (first - last) * done) });
      }
    }
  }
  return out;
}
