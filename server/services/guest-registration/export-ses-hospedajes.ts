import "server-only";
import { SES_MAX_COMMUNICATIONS, type SesStay, sesParteViajerosXml } from "@/lib/domain/ses-hospedajes";
import { daysBetween, todayIn } from "@/lib/domain/stay-dates";
import { arrivalTimeOf, departureTimeOf } from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { getPartyRegistrations } from "../../db/party-registrations";
import { listArrivals } from "../../db/reservation-queries";
import { recordAudit } from "../audit/audit";
import { queryEvery } from "../shared/query-every";

/** A stay that arrived (or will) in the range: not a no-show, not cancelled (cancelled stays left the index). */
const ARRIVED = new Set(["confirmed", "checked_in", "checked_out"]);
export const SES_EXPORT_MAX_DAYS = 31;

export type SesExport = {
  xml: string;
  filename: string;
  /** stays in the file */
  stays: number;
  guests: number;
  /** stays of the range whose party is not registered yet (left out of the file) */
  unregistered: string[];
};

/**
 * `GET /api/v1/guest-registrations/ses-hospedajes?from=&to=` (staff, managers): the parte de viajeros of the
 * building's stays arriving `from`–`to` (inclusive, at most 31 days, at most 100 stays) for SES.Hospedajes, as
 * the XML the service takes (`lib/domain/ses-hospedajes.ts`). Only where the building registers guests for Spain;
 * stays whose party is not registered are named, not guessed. Every export is audited (who, the range, counts).
 */
export async function exportSesHospedajes(
  actor: Actor,
  input: { from: string; to: string },
): Promise<SesExport> {
  authorize(actor, "guestRegistration.export");
  authorize(actor, "guestRegistration.export", { buildingId: actor.buildingId });
  if (input.to < input.from || daysBetween(input.from, input.to) >= SES_EXPORT_MAX_DAYS) {
    throw new AppError("validation", `Choose a range of 1 to ${SES_EXPORT_MAX_DAYS} days.`, {
      fields: { to: [`Choose a range of 1 to ${SES_EXPORT_MAX_DAYS} days.`] },
    });
  }
  const building = await getBuilding({ buildingId: actor.buildingId });
  const reg = building.config.guestRegistration;
  if (reg.country !== "ES" || !reg.establishmentCode) {
    throw new AppError(
      "conflict",
      "The building does not register guests for Spain's SES.Hospedajes, or has no establishment code.",
    );
  }
  const stays = (
    await queryEvery((p) => listArrivals({ buildingId: building.id, from: input.from, to: input.to, ...p }))
  ).filter((r) => ARRIVED.has(r.status));
  const parties = new Map(
    (await getPartyRegistrations({ buildingId: building.id, reservationIds: stays.map((r) => r.id) })).map(
      (p) => [p.reservationId, p],
    ),
  );
  const registered = stays.filter((r) => parties.has(r.id));
  if (registered.length > SES_MAX_COMMUNICATIONS) {
    throw new AppError("validation", `More than ${SES_MAX_COMMUNICATIONS} stays: choose a shorter range.`, {
      fields: { to: [`More than ${SES_MAX_COMMUNICATIONS} stays: choose a shorter range.`] },
    });
  }
  const c = building.config;
  const file: SesStay[] = registered.map((r) => ({
    reference: r.id,
    contractDate: todayIn(building.timezone, new Date(r.createdAt)),
    arrival: `${r.checkIn}T${arrivalTimeOf(r, c)}:00`,
    departure: `${r.checkOut}T${departureTimeOf(r, c)}:00`,
    rooms: 1,
    internet: reg.internet,
    // a stay booked through a channel was paid on the channel's platform
    paymentType: r.channelFeedId ? "PLATF" : reg.paymentType,
    members: parties.get(r.id)?.members ?? [],
  }));
  const out: SesExport = {
    xml: sesParteViajerosXml(reg.establishmentCode, file),
    filename: `parte-viajeros-${reg.establishmentCode}-${input.from}-${input.to}.xml`,
    stays: file.length,
    guests: file.reduce((n, s) => n + s.members.length, 0),
    unregistered: stays.filter((r) => !parties.has(r.id)).map((r) => r.id),
  };
  await recordAudit(actor, "guestRegistration.export", { type: "building", id: building.id }, "success", {
    format: "ses-hospedajes",
    from: input.from,
    to: input.to,
    stays: out.stays,
    guests: out.guests,
    unregistered: out.unregistered.length,
  });
  return out;
}
