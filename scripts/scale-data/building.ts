import { type Building, buildingConfigSchema } from "@/lib/domain/building";
import type { Device } from "@/lib/domain/device";
import type { Unit, UnitType } from "@/lib/domain/unit";
import type { UserRecord } from "@/lib/domain/user";
import type { Rng } from "../seed-data/random";
import { UNIT_CAPACITY } from "../seed-data/records";

/** "Scale Tower": the large building of the benchmarks, beside the two demo buildings. */
export const SCALE_BUILDING_ID = "bld_scale";
export const SCALE_SLUG = "scale";
const PER_FLOOR = 20;

export function scaleBuilding(at: string): Building {
  return {
    id: SCALE_BUILDING_ID,
    name: "Scale Tower",
    address: {
      line1: "1000 Lake Shore Drive",
      city: "Chicago",
      region: "IL",
      postalCode: "60611",
      country: "US",
    },
    timezone: "America/Chicago",
    locale: "en-US",
    currency: "USD",
    config: buildingConfigSchema.parse({ persona: { name: "Sky", tone: "concise" } }),
    createdAt: at,
    updatedAt: at,
  };
}

const TYPES: UnitType[] = [
  "studio",
  "one_bedroom",
  "one_bedroom",
  "two_bedroom",
  "two_bedroom",
  "three_bedroom",
];

/** `count` units, 20 a floor: 101…120, 201…; ids `unit_scale_101`. Each has one resident (see scaleUsers). */
export function scaleUnits(count: number, at: string): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const floor = Math.floor(i / PER_FLOOR) + 1;
    const number = `${floor}${String((i % PER_FLOOR) + 1).padStart(2, "0")}`;
    const type = TYPES[i % TYPES.length];
    const rentable = i % 10 !== 9;
    return {
      id: `unit_${SCALE_SLUG}_${number}`,
      buildingId: SCALE_BUILDING_ID,
      number,
      floor,
      type,
      capacity: UNIT_CAPACITY[type],
      ownerIds: [residentId(number, i)],
      residentIds: [residentId(number, i)],
      rentable,
      nightlyRateMinor: rentable ? 8_000 + UNIT_CAPACITY[type] * 2_500 + floor * 200 : null,
      status: i % 97 === 50 ? "maintenance" : "active",
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** The first unit's resident is the sign-in account resident@scale.example. */
const residentId = (number: string, i: number) =>
  i === 0 ? "usr_scale_resident" : `usr_scale_res_${number}`;

const FIRST = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Gus", "Hana", "Ivan", "Jia", "Kofi", "Lena"];
const LAST = ["Silva", "Okafor", "Novak", "Tanaka", "Haddad", "Larsen", "Moreau", "Ruiz", "Kowalski", "Ng"];
export const personName = (n: number) =>
  `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / 12) % LAST.length]}`;

/** Manager, staff (four), and one resident per unit; every account has the demo password. */
export function scaleUsers(units: Unit[], passwordHash: string, at: string): UserRecord[] {
  const user = (id: string, email: string, name: string, role: UserRecord["role"], unitIds: string[]) => ({
    id,
    buildingId: SCALE_BUILDING_ID,
    email,
    name,
    phone: null,
    role,
    unitIds,
    status: "active" as const,
    locale: null,
    createdAt: at,
    updatedAt: at,
    lastLoginAt: null,
    passwordHash,
  });
  const staff = ["staff", "staff2", "staff3", "staff4"].map((s, i) =>
    user(`usr_scale_${s}`, `${s}@scale.example`, personName(1000 + i), "staff", []),
  );
  const residents = units.map((u, i) =>
    user(
      residentId(u.number, i),
      i === 0 ? "resident@scale.example" : `res${u.number}@scale.example`,
      personName(i),
      "resident",
      [u.id],
    ),
  );
  return [
    user("usr_scale_manager", "manager@scale.example", "Pat Morgan", "manager", []),
    ...staff,
    ...residents,
  ];
}

/** A lock on every unit door plus the lobby and garage locks; a few offline, some with a low battery. */
export function scaleDevices(units: Unit[], r: Rng, now: Date): Device[] {
  const at = now.toISOString();
  const lock = (id: string, unitId: string | null, name: string, model: string): Device => {
    const offline = r.chance(0.01);
    const seen = new Date(now.getTime() - (offline ? 26 * 60 : r.int(0, 5)) * 60_000).toISOString();
    return {
      id,
      buildingId: SCALE_BUILDING_ID,
      unitId,
      type: "lock",
      name,
      model,
      location: name,
      firmware: "2.4.1",
      online: !offline,
      lastSeenAt: seen,
      state: { locked: true, battery: r.chance(0.03) ? r.int(5, 19) : r.int(20, 100), ts: at },
      stateAt: at,
      createdAt: at,
      updatedAt: at,
    };
  };
  return [
    ...units.map((u) => lock(`dev_scale_${u.number}_lock`, u.id, `Unit ${u.number} door`, "Yale Assure 2")),
    lock("dev_scale_lobby_lock", null, "Lobby entrance", "HID Signo 20"),
    lock("dev_scale_garage_lock", null, "Garage gate", "LiftMaster CAPXLV"),
  ];
}
