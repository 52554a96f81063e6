import { afterAll, describe, expect, it, vi } from "vitest";
import * as chat from "@/app/api/chat/route";
import * as concierge from "@/app/api/v1/concierge/route";
import { setDevicePort } from "@/server/agents/device-port";
import { seedConciergeBuilding } from "@/server/ai/concierge-test-fixtures";
import { bearer, seedToken } from "@/test/api-fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as one from "./[id]/route";
import * as approve from "./[id]/steps/[stepId]/approve/route";
import * as decline from "./[id]/steps/[stepId]/decline/route";
import * as missions from "./route";

/** Missions and the concierge through the real route handlers: people by session (Auth.js stubbed), machines by token. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const h = await seedConciergeBuilding();
const other = await seedConciergeBuilding();
const staffToken = await seedToken(h.b, { role: "staff" });
const otherToken = await seedToken(other.b, { role: "manager" });
afterAll(async () => {
  await h.cleanup();
  await other.cleanup();
});
// test double for device control
setDevicePort(async () => ({ status: "acknowledged", commandId: "cmd_test" }));

describe("POST /api/v1/concierge", () => {
  it("answers a resident with citations in the documented shape, and a request starts a mission", async () => {
    signInAs(h.users.resident);
    const asked = await callRoute(
      concierge.POST,
      "/api/v1/concierge",
      post({ message: "When are the quiet hours?" }),
    );
    expect(asked.res.status).toBe(200);
    expect(documented("post", "/api/v1/concierge", 200)?.parse(asked.body)).toBeTruthy();
    expect(asked.body.citations[0]).toMatchObject({ documentId: "doc_rules", title: "House rules" });
    const leak = await callRoute(
      concierge.POST,
      "/api/v1/concierge",
      post({ message: "The bathroom tap is leaking" }),
    );
    expect(leak.body.missionId).toBeTruthy();
  });

  it("rejects an empty message with a field error and no conversation", async () => {
    signInAs(h.users.resident);
    const bad = await callRoute(concierge.POST, "/api/v1/concierge", post({ message: "  " }));
    expect(bad.res.status).toBe(422);
    expect(bad.body.error.fields.message).toBeTruthy();
  });

  it("another person's conversation id is not found", async () => {
    signInAs(h.users.resident);
    const first = await callRoute(
      concierge.POST,
      "/api/v1/concierge",
      post({ message: "Where does recycling go?" }),
    );
    signInAs(h.users.resident2);
    const stolen = await callRoute(
      concierge.POST,
      "/api/v1/concierge",
      post({ message: "What did I ask?", conversationId: first.body.conversationId }),
    );
    expect(stolen.res.status).toBe(404);
  });
});

describe("POST /api/chat", () => {
  it("streams the answer as a UI message stream with its citations, and keeps the conversation", async () => {
    signInAs(h.users.resident);
    const conversationId = `conv${Date.now()}`;
    const out = await callRoute(
      chat.POST,
      "/api/chat",
      post({ conversationId, text: "When are the quiet hours?" }),
    );
    expect(out.res.status).toBe(200);
    expect(out.text).toContain('"type":"text-delta"');
    expect(out.text).toContain('"type":"data-citations"');
    expect(out.text).toContain("22:00 to 07:00");
    const { conversationMessages } = await import("@/server/services/concierge/concierge-conversations");
    const actor = {
      kind: "user" as const,
      id: h.users.resident.id,
      role: "resident" as const,
      buildingId: h.b,
      unitIds: [],
    };
    await vi.waitFor(async () => {
      const stored = await conversationMessages(actor, conversationId);
      expect(stored.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
      expect(stored.messages[1].citations[0].documentId).toBe("doc_rules");
    });
  });

  it("is refused without a session", async () => {
    signInAs(null);
    const out = await callRoute(chat.POST, "/api/chat", post({ conversationId: "x1", text: "hi" }));
    expect(out.res.status).toBe(401);
  });
});

describe("missions API", () => {
  it("residents list their own; staff tokens the building's; approval is withheld from tokens", async () => {
    signInAs(h.users.resident);
    await callRoute(concierge.POST, "/api/v1/concierge", post({ message: "Please let the plumber in now" }));
    const mine = await callRoute(missions.GET, "/api/v1/missions");
    expect(mine.res.status).toBe(200);
    expect(documented("get", "/api/v1/missions", 200)?.parse(mine.body)).toBeTruthy();
    const waiting = mine.body.items.find((m: { status: string }) => m.status === "awaiting_approval");
    expect(waiting).toBeTruthy();
    signInAs(h.users.resident2);
    const theirs = await callRoute(missions.GET, "/api/v1/missions");
    expect(theirs.body.items.map((m: { id: string }) => m.id)).not.toContain(waiting.id);
    const peek = await callRoute(one.GET, `/api/v1/missions/${waiting.id}`, { params: { id: waiting.id } });
    expect(peek.res.status).toBe(404);

    signInAs(null);
    const queue = await callRoute(missions.GET, "/api/v1/missions?status=awaiting_approval", {
      headers: bearer(staffToken.secret),
    });
    expect(queue.body.items.map((m: { id: string }) => m.id)).toContain(waiting.id);
    const params = { id: waiting.id, stepId: waiting.steps[0].id };
    const path = `/api/v1/missions/${waiting.id}/steps/${params.stepId}/approve`;
    const byToken = await callRoute(approve.POST, path, { ...post({}, bearer(staffToken.secret)), params });
    expect(byToken.res.status).toBe(403);
    const otherBuilding = await callRoute(one.GET, `/api/v1/missions/${waiting.id}`, {
      headers: bearer(otherToken.secret),
      params: { id: waiting.id },
    });
    expect(otherBuilding.res.status).toBe(404);

    signInAs(h.users.staff);
    const ok = await callRoute(approve.POST, path, { ...post({}), params });
    expect(ok.res.status).toBe(200);
    expect(ok.body.mission.status).toBe("done");
    const again = await callRoute(decline.POST, path.replace("approve", "decline"), { ...post({}), params });
    expect(again.res.status).toBe(409);
  });
});
