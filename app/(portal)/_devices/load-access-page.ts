import "server-only";
import type { AccessFilters } from "@/components/devices/device-query";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { PageDTO } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { listAccessLogsForActor } from "@/server/services/list-access-logs";

export const FIRST_PAGE = 50;

/**
 * The first page of door events for the filters (days become the day's UTC bounds). A filter the service
 * refuses (a range too long, a unit that is not one's own) is a message on the page, not an error page.
 */
export async function loadAccessPage(
  actor: Actor,
  f: AccessFilters,
  limit = FIRST_PAGE,
): Promise<
  { ok: true; data: PageDTO<AccessLogDTO> } | { ok: false; code: "validation" | "forbidden" | "not_found" }
> {
  try {
    const data = await listAccessLogsForActor(actor, {
      limit,
      deviceId: f.deviceId,
      unitId: f.unitId,
      result: f.result,
      from: f.from ? `${f.from}T00:00:00.000Z` : undefined,
      to: f.to ? `${f.to}T23:59:59.999Z` : undefined,
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
