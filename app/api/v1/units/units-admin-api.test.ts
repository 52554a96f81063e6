import { describe, expect, it, vi } from "vitest";
import { listAllUnits } from "@/server/db/units";
import { findUser } from "@/server/db/users";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { bearer, seedToken } from "@/test/api-fixtures";
import { callRoute, documented, send, signInAs } from "@/test/route-harness";
import * as one from "./[id]/route";
import * as units from "./route";

/** POST /api/v1/units and PATCH /api/v1/units/{id} through the real handlers: sessions (Auth.js stubbed) and tokens. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const input = (number: string) => ({
  number,
  floor: 7,
  type: "studio",
  capacity: 2,
  rentable: true,
  nightlyRateMinor: 8000,
  status: "active",
});

const a = await seedTicketBuilding();
const b = await seedTicketBuilding();

describe("units API for managers", () => {
  it("creates a unit (201), refuses a taken number (409) and bad input (422) without writing", async () => {
    signInAs(a.manager);
    const created = await callRoute(units.POST, "/api/v1/units", send("POST", input("701")));
    expect(created.res.status).toBe(201);
    documented("post", "/api/v1/units", 201)?.parse(created.body);
    expect(created.body.unit.number).toBe("701");

    const dup = await callRoute(units.POST, "/api/v1/units", send("POST", input("701")));
    expect(dup.res.status).toBe(409);
    expect(dup.body.error.fields.number).toBeDefined();

    const bad = await callRoute(
      units.POST,
      "/api/v1/units",
      send("POST", {
        ...input("702"),
        capacity: 0,
        type: "castle",
      }),
    );
    expect(bad.res.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["capacity", "type"]);
    expect((await listAllUnits({ buildingId: a.b })).map((u) => u.number)).not.toContain("702");
  });

  it("edits a unit (200) and refuses an unknown field (422)", async () => {
    signInAs(a.manager);
    const id = a.unit2.id;
    const ok = await callRoute(one.PATCH, `/api/v1/units/${id}`, {
      ...send("PATCH", { status: "blocked" }),
      ...{ params: { id } },
    });
    expect(ok.res.status).toBe(200);
    documented("patch", "/api/v1/units/{id}", 200)?.parse(ok.body);
    expect(ok.body.unit.status).toBe("blocked");
    const bad = await callRoute(one.PATCH, `/api/v1/units/${id}`, {
      ...send("PATCH", { status: "demolished" }),
      ...{ params: { id } },
    });
    expect(bad.res.status).toBe(422);
  });

  it("refuses staff and residents (403), strangers (401) and another building's manager (404)", async () => {
    const id = a.unit1.id;
    for (const who of [a.staff, a.resident]) {
      signInAs(who);
      expect((await callRoute(units.POST, "/api/v1/units", send("POST", input("799")))).res.status).toBe(403);
      expect(
        (
          await callRoute(one.PATCH, `/api/v1/units/${id}`, {
            ...send("PATCH", { status: "blocked" }),
            ...{ params: { id } },
          })
        ).res.status,
      ).toBe(403);
    }
    signInAs(null);
    expect((await callRoute(units.POST, "/api/v1/units", send("POST", input("799")))).res.status).toBe(401);
    signInAs(b.manager);
    const other = await callRoute(one.PATCH, `/api/v1/units/${id}`, {
      ...send("PATCH", { status: "blocked" }),
      ...{ params: { id } },
    });
    expect(other.res.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain(a.b);
    const staffToken = await seedToken(a.b, { role: "staff" });
    const byToken = await callRoute(units.POST, "/api/v1/units", {
      ...send("POST", input("798")),
      ...{
        headers: bearer(staffToken.secret),
      },
    });
    expect(byToken.res.status).toBe(403);
    const managerToken = await seedToken(a.b, { role: "manager" });
    const byManagerToken = await callRoute(units.POST, "/api/v1/units", {
      ...send("POST", input("798")),
      ...{
        headers: bearer(managerToken.secret),
      },
    });
    expect(byManagerToken.res.status).toBe(201);
    expect((await listAllUnits({ buildingId: a.b })).filter((u) => u.number === "799")).toHaveLength(0);
  });

  it("refuses a token changing who lives in or owns a unit (403, nothing written); a manager signed in may", async () => {
    const id = a.unit2.id;
    const { secret } = await seedToken(a.b, { role: "manager" });
    const attacker = a.users.resident.id;
    for (const patch of [{ residentIds: [attacker] }, { ownerIds: [attacker] }]) {
      const byToken = await callRoute(one.PATCH, `/api/v1/units/${id}`, {
        ...send("PATCH", patch),
        ...{
          params: { id },
          headers: bearer(secret),
        },
      });
      expect(byToken.res.status).toBe(403);
      expect(byToken.body.error.message).toMatch(/API token cannot change who lives in or owns a unit/);
    }
    const unit = (await listAllUnits({ buildingId: a.b })).find((u) => u.id === id);
    expect(unit?.residentIds).not.toContain(attacker);
    expect(unit?.ownerIds).not.toContain(attacker);
    expect((await findUser({ buildingId: a.b, userId: attacker }))?.unitIds).not.toContain(id);
    // the token keeps its other unit rights
    const status = await callRoute(one.PATCH, `/api/v1/units/${id}`, {
      ...send("PATCH", { status: "blocked" }),
      ...{
        params: { id },
        headers: bearer(secret),
      },
    });
    expect(status.res.status).toBe(200);

    signInAs(a.manager);
    const byManager = await callRoute(one.PATCH, `/api/v1/units/${id}`, {
      ...send("PATCH", { residentIds: [attacker] }),
      ...{
        params: { id },
      },
    });
    expect(byManager.res.status).toBe(200);
    expect((await findUser({ buildingId: a.b, userId: attacker }))?.unitIds).toContain(id);
  });
});
