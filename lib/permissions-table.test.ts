import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { authorize, can, ownsUnit, PERMISSIONS, scopeOf } from "./permissions";
import { type Actor, ROLES } from "./roles";

const actor = (role: Actor["role"], over: Partial<Actor> = {}): Actor => ({
  kind: "user",
  id: `u-${role}`,
  role,
  buildingId: "b1",
  unitIds: ["unit-1"],
  ...over,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as AppError).code;
  }
  return "ok";
};

describe("permission table (SPEC.md)", () => {
  it("gives every capability a scope for every role", () => {
    for (const cap of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      for (const role of ROLES)
        expect(["none", "own", "building"]).toContain(scopeOf({ role, kind: "user" }, cap));
    }
  });

  it("matches the spec's rows", () => {
    expect(scopeOf(actor("resident"), "reservation.create")).toBe("own");
    expect(scopeOf(actor("staff"), "reservation.create")).toBe("none");
    expect(scopeOf(actor("manager"), "reservation.cancel")).toBe("building");
    expect(scopeOf(actor("guest"), "accessLog.read")).toBe("none");
    expect(scopeOf(actor("resident"), "ticket.manage")).toBe("none");
    expect(scopeOf(actor("staff"), "mission.approve")).toBe("building");
    expect(scopeOf(actor("staff"), "building.manage")).toBe("none");
    for (const role of ROLES) expect(can(actor(role), "concierge.chat")).toBe(true);
  });
});

describe("authorize", () => {
  it("refuses a capability the role lacks", () => {
    expect(codeOf(() => authorize(actor("resident"), "building.manage"))).toBe("forbidden");
  });

  it("reports another building's item as not found, whatever the role", () => {
    for (const role of ["staff", "manager", "resident"] as const) {
      expect(codeOf(() => authorize(actor(role), "unit.read", { buildingId: "b2", owns: () => true }))).toBe(
        "not_found",
      );
    }
  });

  it("asks ownership only of the 'own' scope", () => {
    const other = { buildingId: "b1", owns: ownsUnit("unit-2") };
    expect(codeOf(() => authorize(actor("resident"), "device.read", other))).toBe("forbidden");
    expect(authorize(actor("resident"), "device.read", { buildingId: "b1", owns: ownsUnit("unit-1") })).toBe(
      "own",
    );
    expect(authorize(actor("staff"), "device.read", other)).toBe("building");
  });

  it("treats a missing ownership check as not owned", () => {
    expect(codeOf(() => authorize(actor("resident"), "ticket.read", { buildingId: "b1" }))).toBe("forbidden");
  });

  it("throws AppErrors that carry HTTP statuses", () => {
    try {
      authorize(actor("guest"), "audit.read");
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(403);
    }
  });
});

describe("the email outbox", () => {
  it("is for managers in person only: it holds guests' check-in links", () => {
    expect(can({ role: "manager", kind: "user" }, "outbox.read")).toBe(true);
    expect(can({ role: "manager", kind: "token" }, "outbox.read")).toBe(false);
    expect(can({ role: "staff", kind: "user" }, "outbox.read")).toBe(false);
  });
});
