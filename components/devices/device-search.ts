import type { ACCESS_RESULTS } from "@/lib/domain/access-log-constants";
import type { DEVICE_TYPES } from "@/lib/domain/device-constants";
import { dayBounds } from "@/lib/domain/stay-dates";

/**
 * Device and access-log filters as query strings, without zod: the access log (a client component) builds its
 * API calls from these; parsing the URL's filters (device-query.ts) needs zod and stays on the server.
 */

/** The device list's filters as they travel in the URL. `low_battery` is a status of its own for staff. */
export const DEVICE_STATUSES = ["online", "offline", "low_battery"] as const;
export type DeviceFilters = {
  type?: (typeof DEVICE_TYPES)[number];
  unitId?: string;
  status?: (typeof DEVICE_STATUSES)[number];
};

/** Access-log filters: dates are days (`YYYY-MM-DD`) in the form, sent to the API as the day's bounds (UTC). */
export type AccessFilters = {
  deviceId?: string;
  unitId?: string;
  from?: string;
  to?: string;
  result?: (typeof ACCESS_RESULTS)[number];
};

/**
 * The API query for the access-log filters (GET /api/v1/access-logs), optionally with more (cursor, format).
 * The days are the building's (`timeZone`): from the start of `from` to the end of `to` there.
 */
export function accessApiSearch(
  f: AccessFilters,
  timeZone: string,
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams();
  if (f.deviceId) q.set("deviceId", f.deviceId);
  if (f.unitId) q.set("unitId", f.unitId);
  if (f.from) q.set("from", dayBounds(f.from, timeZone).from);
  if (f.to) q.set("to", dayBounds(f.to, timeZone).to);
  if (f.result) q.set("result", f.result);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

/** The filters as the page's own query string (for links that keep them). */
export function filtersSearch(f: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  return q.toString();
}

export const activeCount = (f: object) => Object.values(f).filter((v) => v !== undefined).length;
