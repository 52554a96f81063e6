import { z } from "zod";
import { ACCESS_RESULTS } from "@/lib/domain/access-log";
import { idSchema, isoDateSchema } from "@/lib/domain/common";
import { DEVICE_TYPES } from "@/lib/domain/device";
import { dayBounds } from "@/lib/domain/stay-dates";

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const unitSchema = z.union([z.literal("common"), idSchema]);

/** The device list's filters as they travel in the URL. `low_battery` is a status of its own for staff. */
export const DEVICE_STATUSES = ["online", "offline", "low_battery"] as const;
export type DeviceFilters = {
  type?: (typeof DEVICE_TYPES)[number];
  unitId?: string;
  status?: (typeof DEVICE_STATUSES)[number];
};

/** Each filter on its own: a malformed one is dropped, the others still apply. */
export function parseDeviceFilters(params: Params): DeviceFilters {
  const type = z.enum(DEVICE_TYPES).safeParse(first(params.type));
  const unitId = unitSchema.safeParse(first(params.unitId));
  const status = z.enum(DEVICE_STATUSES).safeParse(first(params.status));
  return {
    ...(type.success ? { type: type.data } : {}),
    ...(unitId.success ? { unitId: unitId.data } : {}),
    ...(status.success ? { status: status.data } : {}),
  };
}

/** Access-log filters: dates are days (`YYYY-MM-DD`) in the form, sent to the API as the day's bounds (UTC). */
export type AccessFilters = {
  deviceId?: string;
  unitId?: string;
  from?: string;
  to?: string;
  result?: (typeof ACCESS_RESULTS)[number];
};

export function parseAccessFilters(params: Params): AccessFilters {
  const deviceId = idSchema.safeParse(first(params.deviceId));
  const unitId = unitSchema.safeParse(first(params.unitId));
  const from = isoDateSchema.safeParse(first(params.from));
  const to = isoDateSchema.safeParse(first(params.to));
  const result = z.enum(ACCESS_RESULTS).safeParse(first(params.result));
  const out: AccessFilters = {
    ...(deviceId.success ? { deviceId: deviceId.data } : {}),
    ...(unitId.success ? { unitId: unitId.data } : {}),
    ...(from.success ? { from: from.data } : {}),
    ...(to.success ? { to: to.data } : {}),
    ...(result.success ? { result: result.data } : {}),
  };
  // a range given backwards is read the right way round rather than refused
  if (out.from && out.to && out.from > out.to) [out.from, out.to] = [out.to, out.from];
  return out;
}

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
