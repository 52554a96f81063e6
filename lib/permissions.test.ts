import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { authorize, type Capability, can, PERMISSIONS, scopeOf, WITHHELD_FROM_TOKENS } from "./permissions";
import type { Actor } from "./roles";

const CAPABILITIES = Object.keys(PERMISSIONS) as Capability[];
const actor = (kind: Actor["kind"], role: Actor["role"]): Actor => ({
  kind,
  id: "a1",
  role,
  buildingId: "bld_a",
  unitIds: [],
});

describe("API tokens in the permission table", () => {
  it.each(["staff", "manager"] as const)(
    "a %s token holds exactly its role's scopes, minus the withheld ones",
    (role) => {
      for (const c of CAPABILITIES) {
        const expected = WITHHELD_FROM_TOKENS.has(c) ? "none" : PERMISSIONS[c][role];
        expect(scopeOf(actor("token", role), c), c).toBe(expected);
        // people are unaffected by the token rule
        expect(scopeOf(actor("user", role), c), c).toBe(PERMISSIONS[c][role]);
      }
    },
  );

  it("withholds only capabilities that exist, and nothing a staff token would need for daily work", () => {
    for (const c of WITHHELD_FROM_TOKENS) expect(CAPABILITIES).toContain(c);
    expect([...WITHHELD_FROM_TOKENS].sort()).toEqual([
      "apiToken.manage",
      "mission.approve",
      "outbox.read",
      // a guest's ID is approved by a person looking at it, not by an integration (issue 17)
      "reservation.idReview",
      "user.manage",
    ]);
  });

  it("lets a manager token configure the building but not manage people, tokens or approvals", () => {
    const token = actor("token", "manager");
    expect(can(token, "building.manage")).toBe(true);
    expect(can(token, "device.command")).toBe(true);
    for (const c of ["user.manage", "apiToken.manage", "mission.approve"] as const) {
      expect(can(token, c)).toBe(false);
      expect(() => authorize(token, c)).toThrow(expect.objectContaining({ code: "forbidden" }));
      expect(can(actor("user", "manager"), c)).toBe(true);
    }
  });

  it("keeps a staff token out of manager-only capabilities, as for staff people", () => {
    const token = actor("token", "staff");
    expect(can(token, "ticket.manage")).toBe(true);
    expect(can(token, "building.manage")).toBe(false);
    expect(can(token, "unit.manage")).toBe(false);
  });

  it("never crosses buildings: another building's item is not found, even for a manager token", () => {
    const token = actor("token", "manager");
    expect(authorize(token, "unit.read", { buildingId: "bld_a" })).toBe("building");
    const e = (() => {
      try {
        authorize(token, "unit.read", { buildingId: "bld_b" });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: "not_found" });
  });

  it("gives only managers the new apiToken.manage capability", () => {
    expect(PERMISSIONS["apiToken.manage"]).toEqual({
      guest: "none",
      resident: "none",
      staff: "none",
      manager: "building",
    });
  });
});
