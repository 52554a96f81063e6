import "server-only";
import { type PartyInput, type PartyRegistration, partyIssues } from "@/lib/domain/party";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { saveCheckinStep } from "../../db/checkin-progress";
import { findPartyRegistration, putPartyRegistration } from "../../db/party-registrations";
import { recordAudit } from "../audit/audit";
import { completeIfReady, partyRequired, requireGuestStay } from "../checkin/checkin-stay";
import { type CheckinView, getCheckin } from "../checkin/get-checkin";

/**
 * The check-in's party step (issue 17): the guest registers everyone staying, where the building's country asks
 * for it. The whole party is checked first (`partyIssues`: the stay's size, documents with their control
 * letters, contacts, minors' relationships, addresses): any problem is a 422 naming each field and nothing is
 * written. Saved whole (a second save replaces the first) while check-in is open (`saveCheckinStep` is
 * conditional on the stay being `confirmed`), then the stay checks in if every step is done.
 */
export async function registerParty(actor: Actor, input: PartyInput): Promise<CheckinView> {
  authorize(actor, "guestRegistration.write");
  const r = await requireGuestStay(actor);
  const building = await getBuilding({ buildingId: r.buildingId });
  if (!partyRequired(building))
    throw new AppError("conflict", "This building does not register the guests of a party.");
  if (r.status !== "confirmed")
    throw new AppError("conflict", "The party can be registered only while check-in is open.");
  const fields = partyIssues(input.members, r);
  const names = Object.keys(fields);
  if (names.length) {
    throw new AppError("validation", `Check ${names.join(", ")}: ${fields[names[0] ?? ""]?.[0]}`, { fields });
  }
  const now = new Date().toISOString();
  const before = await findPartyRegistration({ buildingId: r.buildingId, reservationId: r.id });
  const party: PartyRegistration = {
    buildingId: r.buildingId,
    reservationId: r.id,
    members: input.members,
    registeredAt: before?.registeredAt ?? now,
    updatedAt: now,
  };
  // the stay must still be open for check-in: the step's conditional write decides before the party is stored
  const saved = await saveCheckinStep({
    buildingId: r.buildingId,
    reservationId: r.id,
    step: { progress: { partyRegisteredAt: now } },
  });
  await putPartyRegistration(party);
  await recordAudit(actor, "reservation.party.register", { type: "reservation", id: r.id }, "success", {
    members: input.members.length,
  });
  await completeIfReady(actor, saved);
  return getCheckin(actor);
}
