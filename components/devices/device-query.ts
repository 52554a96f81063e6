import { z } from "zod";
import { ACCESS_RESULTS } from "@/lib/domain/access-log";
import { idSchema, isoDateSchema } from "@/lib/domain/common";
import { DEVICE_TYPES } from "@/lib/domain/device";
import { type AccessFilters, DEVICE_STATUSES, type DeviceFilters } from "./device-search";

// the filters as query strings live in device-search.ts, without zod (client components import them from there)
export * from "./device-search";

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const unitSchema = z.union([z.literal("common"), idSchema]);

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
