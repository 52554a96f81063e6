import type { Building } from "@/lib/domain/building";
import { buildingConfigSchema } from "@/lib/domain/building";
import type { Unit, UnitType } from "@/lib/domain/unit";
import { UNIT_CAPACITY } from "./records";

/** The two demo buildings (SPEC "Demo data"): two, so that isolation between buildings can be seen. */
export type DemoBuildingSpec = {
  id: string;
  slug: "harbor" | "summit";
  building: Omit<Building, "createdAt" | "updatedAt">;
  /** units per floor, floors from 1 */
  floors: number;
  perFloor: number;
};

/**
 * The demo's alarm actions (issue 16): unit 101's leak closes its water main at once, smoke and CO are emailed to
 * a monitoring company, and a guest whose door lock drops offline is told how to get the spare key.
 */
function demoAlarms(slug: "harbor" | "summit") {
  return {
    shutOff: {
      requireApproval: false,
      valves: [{ deviceId: `dev_${slug}_101_valve`, unitId: `unit_${slug}_101`, floor: null }],
    },
    escalation: { email: `alarms@${slug}-monitoring.example` },
    backupAccess: {
      deviceId: null,
      instructions:
        "Your door's keypad is offline. Ask the front desk in the lobby (open 24 hours) for the spare key; bring your booking name.",
    },
  };
}

export const HARBOR: DemoBuildingSpec = {
  id: "bld_harbor",
  slug: "harbor",
  floors: 4,
  perFloor: 4,
  building: {
    id: "bld_harbor",
    name: "Harbor View",
    address: { line1: "1 Harbor Way", city: "Portland", region: "ME", postalCode: "04101", country: "US" },
    timezone: "America/New_York",
    locale: "en-US",
    currency: "USD",
    config: buildingConfigSchema.parse({
      cleaningBufferNights: 0,
      alarms: demoAlarms("harbor"),
      persona: {
        name: "Marina",
        tone: "friendly",
        languages: ["en", "es"],
        greeting:
          "Hi, I'm Marina, Harbor View's concierge. Ask me about the building, your stay or a repair.",
      },
    }),
  },
};

export const SUMMIT: DemoBuildingSpec = {
  id: "bld_summit",
  slug: "summit",
  floors: 6,
  perFloor: 2,
  building: {
    id: "bld_summit",
    name: "Summit Tower",
    address: { line1: "500 Ridge Avenue", city: "Denver", region: "CO", postalCode: "80202", country: "US" },
    timezone: "America/Denver",
    locale: "en-US",
    currency: "USD",
    config: buildingConfigSchema.parse({
      alarms: demoAlarms("summit"),
      checkInTime: "16:00",
      checkOutTime: "10:00",
      minNights: 2,
      cleaningBufferNights: 1,
      doorCode: { length: 6 },
      approvals: { deviceCommands: true },
      persona: {
        name: "Summit Concierge",
        tone: "formal",
        greeting: "Good day. I am the Summit Tower concierge. How may I assist you?",
      },
    }),
  },
};

export const DEMO_BUILDINGS = [HARBOR, SUMMIT] as const;

/** Fixed unit ids (`unit_harbor_101`) so e2e tests and docs can name them. */
export const unitId = (slug: string, number: string) => `unit_${slug}_${number}`;

const TYPES: UnitType[] = ["studio", "one_bedroom", "two_bedroom", "one_bedroom"];

export function demoUnits(spec: DemoBuildingSpec, at: string): Unit[] {
  const units: Unit[] = [];
  for (let floor = 1; floor <= spec.floors; floor++) {
    for (let i = 1; i <= spec.perFloor; i++) {
      const number = `${floor}${String(i).padStart(2, "0")}`;
      const type = floor === spec.floors && i === 1 ? "penthouse" : TYPES[(i - 1) % TYPES.length];
      const capacity = UNIT_CAPACITY[type];
      // a few units are not let (owner-occupied) and one is under maintenance, so those states show in the UI
      const rentable = !(floor === 2 && i === spec.perFloor);
      units.push({
        id: unitId(spec.slug, number),
        buildingId: spec.id,
        number,
        floor,
        type,
        capacity,
        ownerIds: [],
        residentIds: [],
        rentable,
        nightlyRateMinor: rentable ? 9_000 + capacity * 2_500 + floor * 500 : null,
        status: floor === 3 && i === 2 ? "maintenance" : "active",
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return units;
}
