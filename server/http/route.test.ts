import { describe, expect, it, vi } from "vitest";
import * as building from "@/app/api/v1/building/route";
import * as me from "@/app/api/v1/me/route";
import * as units from "@/app/api/v1/units/route";
import * as users from "@/app/api/v1/users/route";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { auth } from "../auth/auth";
import { revokeApiToken } from "../db/api-tokens";
import { listAuditEventsByTarget } from "../db/audit-events";
import { createUser } from "../db/users";
import { errorBodySchema } from "./openapi/errors";
import { API_OPERATIONS } from "./openapi/operations";

/**
 * The wrapper end to end through the real route handlers, authenticated by API token. Auth.js is replaced by
 * a stub whose session the tests choose, so the token-versus-cookie rule can be shown too.
 */
vi.mock("../auth/auth", () => ({ auth: vi.fn(async () => null) }));
const signInAs = (user: { id: string; buildingId: string } | null) =>
  vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue(user ? { user, expires: "" } : null);

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, path: string, init: RequestInit = {}) {
  const res = await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve({}) });
  return { res, body: await res.json() };
}
/** The success schema the OpenAPI document gives for this operation: every answer must match it. */
const documented = (method: string, path: string) =>
  API_OPERATIONS.find((o) => o.method === method && o.path === path)?.responses[200]?.schema;

const a = newBuildingId();
const b = newBuildingId();
await Promise.all([seedBuilding(a), seedBuilding(b)]);
const [unitA1, unitA2, unitB] = await Promise.all([
  seedUnit(a, "101"),
  seedUnit(a, "102"),
  seedUnit(b, "101"),
]);
const staffA = await seedToken(a, { role: "staff" });
const managerA = await seedToken(a, { role: "manager" });
const staffB = await seedToken(b, { role: "staff" });

describe("/api/v1 with an API token", () => {
  it("GET /me names the token, in its building", async () => {
    signInAs(null);
    const { res, body } = await call(me.GET, "/api/v1/me", { headers: bearer(staffA.secret) });
    expect(res.status).toBe(200);
    expect(body.user).toEqual({
      id: staffA.token.id,
      email: null,
      name: staffA.token.name,
      role: "staff",
      buildingId: a,
      unitIds: [],
    });
    documented("get", "/api/v1/me")?.parse(body);
  });

  it("GET /units pages through its own building only, with limit and cursor", async () => {
    const first = await call(units.GET, "/api/v1/units?limit=1", { headers: bearer(staffA.secret) });
    expect(first.res.status).toBe(200);
    documented("get", "/api/v1/units")?.parse(first.body);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.cursor).toEqual(expect.any(String));
    const next = await call(
      units.GET,
      `/api/v1/units?limit=1&cursor=${encodeURIComponent(first.body.cursor)}`,
      {
        headers: bearer(staffA.secret),
      },
    );
    const seen = [...first.body.items, ...next.body.items].map((u: { id: string }) => u.id).sort();
    expect(seen).toEqual([unitA1.id, unitA2.id].sort());

    const fromB = await call(units.GET, "/api/v1/units", { headers: bearer(staffB.secret) });
    expect(fromB.body.items.map((u: { id: string }) => u.id)).toEqual([unitB.id]);
  });

  it("GET /users and GET /building answer for the token's building", async () => {
    const people = await call(users.GET, "/api/v1/users", { headers: bearer(staffA.secret) });
    expect(people.res.status).toBe(200);
    documented("get", "/api/v1/users")?.parse(people.body);
    const own = await call(building.GET, "/api/v1/building", { headers: bearer(staffB.secret) });
    expect(own.body.building.id).toBe(b);
    documented("get", "/api/v1/building")?.parse(own.body);
  });

  it("PATCH /building: 403 for a staff token, 200 and audited as the token for a manager token", async () => {
    const patch = { method: "PATCH", body: JSON.stringify({ config: { minNights: 3 } }) };
    const refused = await call(building.PATCH, "/api/v1/building", {
      ...patch,
      headers: bearer(staffA.secret),
    });
    expect(refused.res.status).toBe(403);
    errorBodySchema.parse(refused.body);
    const done = await call(building.PATCH, "/api/v1/building", {
      ...patch,
      headers: bearer(managerA.secret),
    });
    expect(done.res.status).toBe(200);
    expect(done.body.building.config.minNights).toBe(3);
    documented("patch", "/api/v1/building")?.parse(done.body);
    const audit = await listAuditEventsByTarget({ buildingId: a, targetType: "building", targetId: a });
    expect(audit.items[0]?.actor).toMatchObject({ kind: "token", id: managerA.token.id });
  });

  it("maps bad input to the documented error body (422 with fields, 400 for malformed JSON)", async () => {
    const bad = await call(units.GET, "/api/v1/units?limit=0", { headers: bearer(staffA.secret) });
    expect(bad.res.status).toBe(422);
    expect(errorBodySchema.parse(bad.body).error.fields).toHaveProperty("limit");
    const garbled = await call(building.PATCH, "/api/v1/building", {
      method: "PATCH",
      body: "{not json",
      headers: bearer(managerA.secret),
    });
    expect(garbled.res.status).toBe(400);
  });
});

describe("/api/v1 refusals", () => {
  it("401 without a session or token, naming the Bearer scheme", async () => {
    signInAs(null);
    const { res, body } = await call(me.GET, "/api/v1/me");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(errorBodySchema.parse(body).error.code).toBe("unauthenticated");
  });

  it("401 for unknown, revoked and expired tokens", async () => {
    const revoked = await seedToken(a);
    await revokeApiToken({ buildingId: a, tokenId: revoked.token.id });
    const expired = await seedToken(a, { expiresAt: new Date(Date.now() - 1).toISOString() });
    for (const secret of ["bos_unknown", revoked.secret, expired.secret]) {
      const { res, body } = await call(me.GET, "/api/v1/me", { headers: bearer(secret) });
      expect(res.status).toBe(401);
      expect(body.error.message).toMatch(/unknown, revoked or expired/);
    }
  });

  it("never falls back to the session cookie when a Bearer header is present", async () => {
    const person = await createUser({ user: makeUser(a, { role: "manager" }) });
    signInAs({ id: person.id, buildingId: a });
    const withSession = await call(me.GET, "/api/v1/me");
    expect(withSession.body.user.id).toBe(person.id);
    const badToken = await call(me.GET, "/api/v1/me", { headers: bearer("bos_wrong") });
    expect(badToken.res.status).toBe(401);
    const empty = await call(me.GET, "/api/v1/me", { headers: { authorization: "Bearer " } });
    expect(empty.res.status).toBe(401);
    // another scheme (e.g. a staging proxy's Basic auth) is not a token: the session applies
    const basic = await call(me.GET, "/api/v1/me", { headers: { authorization: "Basic dTpw" } });
    expect(basic.body.user.id).toBe(person.id);
    signInAs(null);
  });
});
