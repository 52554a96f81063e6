import { describe, expect, it, vi } from "vitest";
import { listOutboxEmails } from "@/server/db/outbox";
import { createUser } from "@/server/db/users";
import { acceptInvitationWithToken } from "@/server/services/people/accept-invitation";
import { inviteUser } from "@/server/services/people/invite-user";
import { actorOf } from "@/server/services/shared/test-fixtures";
import { seedBuilding } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { routeResponse, signInAs } from "@/test/route-harness";
import * as outbox from "./route";

/** GET /api/v1/outbox through the real handler (Auth.js stubbed): what a manager can read of others' emails. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const colleague = await createUser({ user: makeUser(b, { role: "manager" }) });

describe("GET /api/v1/outbox", () => {
  it("never returns a working invitation link of a colleague", async () => {
    const to = `m${Math.random().toString(36).slice(2, 10)}@test.example`;
    await inviteUser(actorOf(colleague), { email: to, name: "New Manager", role: "manager", unitIds: [] });
    // the link did go out (locally the outbox keeps the full text until it expires): this is the working token
    const stored = (await listOutboxEmails({ buildingId: b, limit: 50 })).items.find((e) => e.to === to);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(stored?.fullText ?? "")?.[1] ?? "";
    expect(token).toHaveLength(43);

    signInAs({ id: manager.id, buildingId: b });
    const res = await routeResponse(outbox.GET, "/api/v1/outbox?limit=50");
    expect(res.status).toBe(200);
    const body = await res.json();
    const mail = body.items.find((e: { to: string }) => e.to === to);
    expect(mail).toMatchObject({ kind: "invitation", status: "pending" });
    expect(mail.text).toContain("⟨link removed");
    expect(JSON.stringify(body)).not.toContain(token);
    expect(mail).not.toHaveProperty("fullText");
    expect(mail).not.toHaveProperty("ttl");
    // and the token is the real one: the invitee can still accept with it
    await expect(
      acceptInvitationWithToken({ token, name: "New Manager", password: "a good long password" }),
    ).resolves.toBeTruthy();
  });
});
