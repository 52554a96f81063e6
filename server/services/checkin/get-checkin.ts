import "server-only";
import type { Address } from "@/lib/domain/building";
import type { DoorCodeStatus } from "@/lib/domain/device";
import { type Reservation, type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { arrivalTimeOf, departureTimeOf } from "@/lib/domain/stay-time-request";
import type { Actor } from "@/lib/roles";
import { getUnit } from "../../db/units";
import { getBuilding } from "../building/get-building";
import { findStayDoorCode } from "../door-codes/stay-door-codes";
import { mayUploadIdDocument, partyRequired, requireGuestStay, stepsDone } from "./checkin-stay";
import { type GuestDocument, getGuestDocuments, type HouseRules } from "./house-rules";

export type CheckinView = {
  reservation: Omit<ReservationDTO, "bookedBy" | "notes">;
  unit: { number: string; floor: number };
  building: {
    name: string;
    address: Address;
    timezone: string;
    checkInTime: string;
    checkOutTime: string;
    quietHours: { start: string; end: string };
  };
  houseRules: HouseRules;
  arrivalGuide: GuestDocument | null;
  /** `party`: every guest registered, or not asked (`partyRequired` false) */
  steps: { details: boolean; documents: boolean; rules: boolean; party: boolean };
  /** the building's country asks for every guest of the party (issue 17): the check-in has a party step */
  partyRequired: boolean;
  complete: boolean;
  /** staff's review of the ID: a rejection's reason is for the guest, who may then upload again */
  idReview: { status: "pending" | "approved" | "rejected"; reason: string | null } | null;
  /** the building's door code waits for the ID's approval */
  idApprovalRequired: boolean;
  /** the guest may upload an ID document now (check-in open, or a rejected ID) */
  mayUploadDocument: boolean;
  /** the stay's door code when the building's guest rule allows (by default once check-in is complete; the PIN goes to this stay's own guest only) */
  doorCode: { pin: string; validFrom: string; validUntil: string; status: DoorCodeStatus } | null;
  /** when this view was read: the page shows it as "last updated" when it is the copy saved offline */
  readAt: string;
};

/**
 * What the guest's check-in page shows: the stay, the building's arrival information, the house rules to
 * accept and which steps are done. Read fresh each time, so every step survives a reload. Who booked and the
 * host's notes stay with the host.
 */
export async function getCheckin(
  actor: Actor,
  now = new Date(),
  /** the stay as the page's request already read it (`requestGuestStay`) */
  known?: Reservation,
): Promise<CheckinView> {
  const r = await requireGuestStay(actor, known);
  const [building, unit] = await Promise.all([
    getBuilding(actor),
    getUnit({ buildingId: r.buildingId, unitId: r.unitId }),
  ]);
  const [docs, doorCode] = await Promise.all([getGuestDocuments(building), findStayDoorCode(r, building)]);
  const { bookedBy: _by, notes: _notes, ...reservation } = toReservationDTO(r);
  const c = building.config;
  return {
    reservation,
    unit: { number: unit.number, floor: unit.floor },
    building: {
      name: building.name,
      address: building.address,
      timezone: building.timezone,
      // the stay's own times where an early check-in or late check-out was approved
      checkInTime: arrivalTimeOf(r, c),
      checkOutTime: departureTimeOf(r, c),
      quietHours: c.quietHours,
    },
    houseRules: docs.rules,
    arrivalGuide: docs.guide,
    steps: stepsDone(r, partyRequired(building)),
    partyRequired: partyRequired(building),
    complete: r.status === "checked_in",
    idReview: r.idReview ? { status: r.idReview.status, reason: r.idReview.reason } : null,
    idApprovalRequired: c.doorCode.requireIdApproval,
    mayUploadDocument: mayUploadIdDocument(r),
    doorCode,
    readAt: now.toISOString(),
  };
}
