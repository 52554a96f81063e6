import "server-only";
import type { AccessFilters } from "@/components/devices/device-query";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { PageDTO } from "@/lib/domain/common";
import { dayBounds } from "@/lib/domain/stay-dates";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { listAccessLogs } from "@/server/services/access-logs/list-access-logs";

export const FIRST_PAGE = 50;

/**
 * The first page of door events for the filters (days are the building's: `timeZone`'s day bounds). A filter the service
 * refuses (a range too long, a unit that is not one's own) is a message on the page, not an error page.
 */
export async function loadAccessPage(
  actor: Actor,
  f: AccessFilters,
  timeZone: string,
  limit = FIRST_PAGE,
): Promise<
  { ok: true; data: PageDTO<AccessLogDTO> } | { ok: false; code: "validation" | "forbidden" | "not_found" }
> {
  try {
    const data = await listAccessLogs(actor, {
      limit,
      deviceId: f.deviceId,
      unitId: f.unitId,
      result: f.result,
      from: f.from ? dayBounds(f.from, timeZone).from : undefined,
      to: f.to ? dayBounds(f.to, timeZone).to : undefined,
    });
    return { ok: true, data };
  } catch (e) {
    if (
      e instanceof AppError &&
      (e.code === "validation" || e.code === "forbidden" || e.code === "not_found")
    ) {
      return { ok: false, code: e.code };
    }
    throw e;
  }
}
