import "server-only";
import { type AccessLogDTO, toAccessLogDTO } from "@/lib/domain/access-log";
import type { PageDTO } from "@/lib/domain/common";
import type { ListAccessLogsQuery } from "@/lib/domain/device-api";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAccessLogsByDayRange, listAccessLogsByDevice, listAccessLogsByUnit } from "../../db/access-logs";
import { decodeCursor, encodeCursor } from "../../db/cursor";
import type { Page } from "../../db/query";
import { loadDeviceFor } from "../devices/device-access";

const DAY_MS = 86_400_000;
/** Without `from`, the building-wide list looks back this far. */
export const DEFAULT_RANGE_DAYS = 30;
/** The building-wide list reads one day partition per day: the range is bounded. */
export const MAX_RANGE_DAYS = 400;

/**
 * Door events, newest first, scoped to the actor: staff and managers the whole building, residents their
 * units' doors only (guests none). Every page is a bounded number of Queries, picked from the most selective
 * filter: a device (gsi1), a unit (gsi2), or the building's day partitions (gsi3) over [from, to].
 * A resident with several units and no unit filter pages through one unit after the other.
 */
export async function listAccessLogs(actor: Actor, q: ListAccessLogsQuery): Promise<PageDTO<AccessLogDTO>> {
  const scope = authorize(actor, "accessLog.read");
  const b = actor.buildingId;
  const unitId = q.unitId === undefined ? undefined : q.unitId === "common" ? null : q.unitId;
  const range = { from: q.from, to: q.to, result: q.result, limit: q.limit };
  if (q.from && q.to && q.from > q.to) {
    throw new AppError("validation", "The range ends before it starts.", {
      fields: { to: ["Must be after from"] },
    });
  }
  let page: Page<Parameters<typeof toAccessLogDTO>[0]>;
  if (q.deviceId) {
    const device = await loadDeviceFor(actor, q.deviceId, "accessLog.read");
    if (unitId !== undefined && device.unitId !== unitId) return { items: [], cursor: null };
    page = await listAccessLogsByDevice({ buildingId: b, deviceId: device.id, ...range, cursor: q.cursor });
  } else if (unitId !== undefined) {
    if (scope === "own" && (unitId === null || !actor.unitIds.includes(unitId))) {
      throw new AppError("forbidden", "You can only see your own units' door logs.");
    }
    page = await listAccessLogsByUnit({ buildingId: b, unitId, ...range, cursor: q.cursor });
  } else if (scope === "own") {
    page = await ownUnitsPage(actor, range, q.cursor);
  } else {
    const to = q.to ?? new Date().toISOString();
    const from = q.from ?? new Date(Date.parse(to) - DEFAULT_RANGE_DAYS * DAY_MS).toISOString();
    if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * DAY_MS) {
      throw new AppError("validation", `Ask for at most ${MAX_RANGE_DAYS} days at once.`, {
        fields: { from: [`At most ${MAX_RANGE_DAYS} days before to`] },
      });
    }
    page = await listAccessLogsByDayRange({ buildingId: b, ...range, from, to, cursor: q.cursor });
  }
  return { items: page.items.map(toAccessLogDTO), cursor: page.cursor };
}

/** A resident's units one after the other; the cursor names the unit and the position inside it. */
async function ownUnitsPage(
  actor: Actor,
  range: { from?: string; to?: string; result?: "granted" | "denied"; limit: number },
  cursor: string | undefined,
) {
  const state = decodeCursor(cursor) as { u: number; inner: string | null } | undefined;
  let u = state?.u ?? 0;
  let inner = state?.inner ?? null;
  const items: Page<Parameters<typeof toAccessLogDTO>[0]>["items"] = [];
  while (u < actor.unitIds.length && items.length < range.limit) {
    const p = await listAccessLogsByUnit({
      buildingId: actor.buildingId,
      unitId: actor.unitIds[u] as string,
      ...range,
      limit: range.limit - items.length,
      cursor: inner,
    });
    items.push(...p.items);
    if (p.cursor) inner = p.cursor;
    else {
      u += 1;
      inner = null;
    }
  }
  return { items, cursor: u < actor.unitIds.length ? encodeCursor({ u, inner }) : null };
}
