import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import * as tokenRevoke from "@/app/api/v1/api-tokens/[id]/revoke/route";
import * as tokens from "@/app/api/v1/api-tokens/route";
import * as resend from "@/app/api/v1/users/[id]/resend-invitation/route";
import * as oneUser from "@/app/api/v1/users/[id]/route";
import * as invitations from "@/app/api/v1/users/invitations/route";
import * as users from "@/app/api/v1/users/route";
import { recordAudit } from "@/server/services/audit/audit";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { bearer, seedToken } from "@/test/api-fixtures";
import { post, routeResponse, signInAs } from "@/test/route-harness";
import * as audit from "./route";

/** The manager's API (people, tokens, audit) through the real route handlers; Auth.js stubbed to a session. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const a = await seedTicketBuilding();
const b = await seedTicketBuilding();
const managerToken = await seedToken(a.b, { role: "manager" });
// a name someone typed that a spreadsheet would run as a formula
await recordAudit(
  { ...a.manager, name: "=HYPERLINK(1)" },
  "building.config.update",
  { type: "building", id: a.b },
  "success",
);
await recordAudit(a.staff, "device.command", { type: "device", id: "dev_1" }, "success");

describe("audit log API", () => {
  it("pages JSON newest first and filters by actor and action prefix", async () => {
    signInAs(a.users.manager);
    const res = await routeResponse(audit.GET, "/api/v1/audit-events?limit=10");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items.map((e: { action: string }) => e.action)).toEqual([
      "device.command",
      "building.config.update",
    ]);
    const byActor = await (
      await routeResponse(audit.GET, `/api/v1/audit-events?actorId=${a.staff.id}`)
    ).json();
    expect(byActor.items).toHaveLength(1);
    const byAction = await (await routeResponse(audit.GET, "/api/v1/audit-events?action=building.")).json();
    expect(byAction.items.map((e: { action: string }) => e.action)).toEqual(["building.config.update"]);
    const future = await (await routeResponse(audit.GET, "/api/v1/audit-events?from=2099-01-01")).json();
    expect(future.items).toEqual([]);
    const bad = await routeResponse(audit.GET, "/api/v1/audit-events?from=2026-05-02&to=2026-05-01");
    expect(bad.status).toBe(422);
  });

  it("exports CSV with a header row, one row per event and formulas defused", async () => {
    signInAs(a.users.manager);
    const res = await routeResponse(audit.GET, "/api/v1/audit-events?format=csv");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const parsed = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[0]).toMatchObject({ action: "device.command", actor_id: a.staff.id });
    expect(parsed.data[1]?.actor_name).toBe("'=HYPERLINK(1)");
  });

  it("another building's manager sees none of it; staff and tokens are refused", async () => {
    signInAs(b.users.manager);
    expect((await (await routeResponse(audit.GET, "/api/v1/audit-events")).json()).items).toEqual([]);
    const csv = await (await routeResponse(audit.GET, "/api/v1/audit-events?format=csv")).text();
    expect(csv).not.toContain(a.staff.id);
    signInAs(a.users.staff);
    expect((await routeResponse(audit.GET, "/api/v1/audit-events")).status).toBe(403);
    signInAs(a.users.resident);
    expect((await routeResponse(audit.GET, "/api/v1/audit-events?format=csv")).status).toBe(403);
  });
});

describe("people API", () => {
  it("refuses non-managers and manager API tokens every change", async () => {
    const target = a.users.resident2;
    for (const who of [a.users.staff, a.users.resident]) {
      signInAs(who);
      const inv = await routeResponse(
        invitations.POST,
        "/",
        post({ email: "x@test.example", role: "staff" }),
      );
      expect(inv.status).toBe(403);
      const patch = await routeResponse(oneUser.PATCH, "/", {
        method: "PATCH",
        body: JSON.stringify({ status: "disabled" }),
        params: { id: target.id },
      });
      expect(patch.status).toBe(403);
      expect(
        (await routeResponse(resend.POST, "/", { method: "POST", params: { id: target.id } })).status,
      ).toBe(403);
    }
    signInAs(a.users.resident);
    expect((await routeResponse(users.GET, "/api/v1/users")).status).toBe(403);
    const byToken = await routeResponse(oneUser.PATCH, "/", {
      method: "PATCH",
      body: JSON.stringify({ role: "manager" }),
      headers: bearer(managerToken.secret),
      params: { id: target.id },
    });
    expect(byToken.status).toBe(403);
  });

  it("a manager of another building gets 404 for this building's people", async () => {
    signInAs(b.users.manager);
    const res = await routeResponse(oneUser.PATCH, "/", {
      method: "PATCH",
      body: JSON.stringify({ status: "disabled" }),
      params: { id: a.users.staff.id },
    });
    expect(res.status).toBe(404);
    expect((await routeResponse(oneUser.GET, "/", { params: { id: a.users.staff.id } })).status).toBe(404);
  });

  it("invites (201) and names bad fields (422) without writing", async () => {
    signInAs(a.users.manager);
    const bad = await routeResponse(invitations.POST, "/", post({ email: "not-an-email", role: "guest" }));
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(Object.keys(body.error.fields).sort()).toEqual(["email", "role"]);
    const ok = await routeResponse(
      invitations.POST,
      "/",
      post({ email: "new.staff@test.example", role: "staff" }),
    );
    expect(ok.status).toBe(201);
    const list = await (await routeResponse(users.GET, "/api/v1/users?status=invited")).json();
    expect(list.items.map((u: { email: string }) => u.email)).toEqual(["new.staff@test.example"]);
  });
});

describe("API tokens API", () => {
  it("issues once, lists without the hash, revokes; other buildings and staff are refused", async () => {
    signInAs(a.users.manager);
    const created = await routeResponse(tokens.POST, "/", post({ name: "Channel manager", role: "staff" }));
    expect(created.status).toBe(201);
    const { token, secret } = await created.json();
    expect(secret).toMatch(/^bos_/);
    const list = await (await routeResponse(tokens.GET, "/api/v1/api-tokens")).json();
    expect(JSON.stringify(list)).not.toContain("tokenHash");
    expect(JSON.stringify(list)).not.toContain(secret);
    signInAs(b.users.manager);
    const foreign = await routeResponse(tokenRevoke.POST, "/", { method: "POST", params: { id: token.id } });
    expect(foreign.status).toBe(404);
    signInAs(a.users.staff);
    expect((await routeResponse(tokens.GET, "/api/v1/api-tokens")).status).toBe(403);
    expect(
      (await routeResponse(tokenRevoke.POST, "/", { method: "POST", params: { id: token.id } })).status,
    ).toBe(403);
    signInAs(a.users.manager);
    const revoked = await routeResponse(tokenRevoke.POST, "/", { method: "POST", params: { id: token.id } });
    expect((await revoked.json()).token.revokedAt).toBeTruthy();
    signInAs(null);
    const used = await routeResponse(users.GET, "/api/v1/users", { headers: bearer(secret) });
    expect(used.status).toBe(401);
  });
});
