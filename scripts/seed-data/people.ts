import type { UserRecord } from "@/lib/domain/user";
import type { Role } from "@/lib/roles";
import { unitId } from "./buildings";

/** Password of every demo account (SPEC). */
export const DEMO_PASSWORD = "buildingos-demo";

type Person = {
  id: string;
  buildingId: string;
  email: string;
  name: string;
  role: Role;
  units: string[];
  phone?: string;
  status?: UserRecord["status"];
};

/** The six sign-in accounts of SPEC "Demo data" first, then the extra people that make the lists look lived-in. */
export const DEMO_PEOPLE: Person[] = [
  {
    id: "usr_harbor_manager",
    buildingId: "bld_harbor",
    email: "manager@harbor.example",
    name: "Morgan Reyes",
    role: "manager",
    units: [],
  },
  {
    id: "usr_harbor_staff",
    buildingId: "bld_harbor",
    email: "staff@harbor.example",
    name: "Sam Patel",
    role: "staff",
    units: [],
  },
  {
    id: "usr_harbor_resident",
    buildingId: "bld_harbor",
    email: "resident@harbor.example",
    name: "Riley Chen",
    role: "resident",
    units: ["101"],
    phone: "+1 207 555 0101",
  },
  {
    id: "usr_harbor_resident2",
    buildingId: "bld_harbor",
    email: "resident2@harbor.example",
    name: "Jordan Blake",
    role: "resident",
    units: ["102"],
    phone: "+1 207 555 0102",
  },
  {
    id: "usr_summit_manager",
    buildingId: "bld_summit",
    email: "manager@summit.example",
    name: "Alex Kim",
    role: "manager",
    units: [],
  },
  {
    id: "usr_summit_resident",
    buildingId: "bld_summit",
    email: "resident@summit.example",
    name: "Taylor Brooks",
    role: "resident",
    units: ["101"],
    phone: "+1 303 555 0101",
  },
  // extra people (not in the SPEC's sign-in table, same password)
  {
    id: "usr_harbor_staff2",
    buildingId: "bld_harbor",
    email: "nightdesk@harbor.example",
    name: "Lee Garcia",
    role: "staff",
    units: [],
  },
  {
    id: "usr_harbor_res201",
    buildingId: "bld_harbor",
    email: "casey@harbor.example",
    name: "Casey Nguyen",
    role: "resident",
    units: ["201"],
  },
  {
    id: "usr_harbor_res303",
    buildingId: "bld_harbor",
    email: "avery@harbor.example",
    name: "Avery Johnson",
    role: "resident",
    units: ["303", "304"],
  },
  {
    id: "usr_harbor_invited",
    buildingId: "bld_harbor",
    email: "newneighbour@harbor.example",
    name: "Quinn Harper",
    role: "resident",
    units: ["402"],
    status: "invited",
  },
  {
    id: "usr_summit_staff",
    buildingId: "bld_summit",
    email: "staff@summit.example",
    name: "Drew Ellis",
    role: "staff",
    units: [],
  },
  {
    id: "usr_summit_res201",
    buildingId: "bld_summit",
    email: "jamie@summit.example",
    name: "Jamie Ortiz",
    role: "resident",
    units: ["201"],
  },
];

export const slugOf = (buildingId: string) => buildingId.replace(/^bld_/, "");

export function demoUsers(buildingId: string, passwordHash: string, at: string): UserRecord[] {
  return DEMO_PEOPLE.filter((p) => p.buildingId === buildingId).map((p) => ({
    id: p.id,
    buildingId: p.buildingId,
    email: p.email,
    name: p.name,
    phone: p.phone ?? null,
    role: p.role,
    unitIds: p.units.map((n) => unitId(slugOf(buildingId), n)),
    status: p.status ?? "active",
    locale: null,
    createdAt: at,
    updatedAt: at,
    lastLoginAt: null,
    // an invited person has no password until they accept
    passwordHash: p.status === "invited" ? null : passwordHash,
  }));
}
