import "server-only";
import type { Audience } from "@/lib/domain/announcement";
import type { Building } from "@/lib/domain/building";
import { AppError } from "@/lib/errors";
import { listAllUnits } from "../../db/units";
import type { Recipient } from "../notifications/notify-people";
import { buildingRecipients } from "../notifications/recipients";

/**
 * Who an audience reaches today: `building` everyone with an account and every guest in house; `floors`/`units`
 * the residents of those units and the guests in house there; `residents` every resident; `guests` every guest in
 * house. A unit id or floor the building does not have is a 422 naming the field.
 */
export async function announcementRecipients(b: Building, audience: Audience, now = new Date()) {
  const everyone = await buildingRecipients(b, now, { withUnits: true });
  if (audience.kind === "building") return everyone.map(({ recipient }) => recipient);
  if (audience.kind === "residents")
    return everyone.filter(({ recipient: r }) => r.role === "resident").map(({ recipient }) => recipient);
  if (audience.kind === "guests")
    return everyone.filter(({ recipient: r }) => r.role === "guest").map(({ recipient }) => recipient);
  const units = await listAllUnits({ buildingId: b.id });
  let chosen: Set<string>;
  if (audience.kind === "floors") {
    const floors = new Set(audience.floors ?? []);
    const missing = [...floors].filter((f) => !units.some((u) => u.floor === f));
    if (missing.length) throw invalid("audience.floors", `No unit on floor ${missing.join(", ")}.`);
    chosen = new Set(units.filter((u) => floors.has(u.floor)).map((u) => u.id));
  } else {
    const ids = audience.unitIds ?? [];
    const known = new Set(units.map((u) => u.id));
    if (ids.some((id) => !known.has(id))) throw invalid("audience.unitIds", "No such unit in this building.");
    chosen = new Set(ids);
  }
  return everyone
    .filter(
      ({ recipient: r, unitIds }) =>
        r.role !== "staff" && r.role !== "manager" && unitIds.some((u) => chosen.has(u)),
    )
    .map(({ recipient }) => recipient);
}

const invalid = (field: string, message: string) =>
  new AppError("validation", message, { fields: { [field]: [message] } });

export type { Recipient };
