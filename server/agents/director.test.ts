import type { LanguageModelV3Content } from "@ai-sdk/provider";
import { MockLanguageModelV3 } from "ai/test";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Device } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { makeReservation } from "@/test/fixtures";
import { putDevice } from "../db/devices";
import { findMission, listMissionsByRequester } from "../db/missions";
import { createReservation } from "../db/reservations";
import { cancelMission } from "../services/missions/cancel-mission";
import { seedTicketBuilding } from "../services/shared/test-fixtures";
import { setDevicePort } from "./device-port";
import { decideStep, setDirectorModel, startMission } from "./director";
import type { MissionRequest } from "./mission-plan";
import { runScheduledMissions } from "./run-scheduled-missions";

const h = await seedTicketBuilding();
const lock: Device = await putDevice({
  device: {
    id: `lock_${newId()}`,
    buildingId: h.b,
    unitId: h.unit1.id,
    type: "lock",
    name: "Front door",
    model: "Test",
    location: "door",
    firmware: null,
    online: true,
    lastSeenAt: null,
    state: {},
    stateAt: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  },
});

let unlocks: unknown[] = [];
beforeEach(() => {
  unlocks = [];
  // test double for the lock (the command path has its own tests)
  setDevicePort(async (_actor, req) => {
    unlocks.push(req);
    return { status: "acknowledged", commandId: "cmd_test" };
  });
});
afterEach(() => setDirectorModel(undefined));
afterAll(() => setDevicePort(undefined));

const usage = {
  inputTokens: { total: 10, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 10, text: undefined, reasoning: undefined },
};
/** A model double (the AI SDK's mock) that answers every call with this text. */
function plannerModelDouble(text: string) {
  const content: LanguageModelV3Content[] = [{ type: "text", text }];
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content,
      finishReason: { unified: "stop", raw: undefined },
      usage,
      warnings: [],
    }),
  });
}

const leak: MissionRequest = {
  kind: "maintenance",
  title: "Leak under the sink",
  description: "Water on the floor",
  category: "plumbing",
  priority: "normal",
  unitId: h.unit1.id,
};
const plumberAt = (at: string | null): MissionRequest => ({
  kind: "door_access",
  unitId: h.unit1.id,
  deviceId: lock.id,
  unitNumber: "101",
  doorName: "Front door",
  visitor: "the plumber",
  at,
});

describe("the director plans with the model when one is configured", () => {
  it("turns the model's plan into steps from the fixed templates, and runs them", async () => {
    const model = plannerModelDouble(
      JSON.stringify({
        steps: [
          { action: "notify_staff", reason: "Water is leaking in 101" },
          { action: "open_ticket", title: "Sink leak in 101", category: "plumbing", priority: "high" },
        ],
      }),
    );
    setDirectorModel(model);
    const m = await startMission(h.resident, leak);
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(m.steps.map((s) => s.kind)).toEqual(["notify", "open_ticket"]);
    expect(m.steps[1]?.title).toBe("Open a high plumbing ticket: Sink leak in 101");
    expect(m.steps[1]?.input).toMatchObject({ unitId: h.unit1.id, priority: "high" });
    expect(m.status).toBe("done");
  });

  it("falls back to the rules planner when the model's plan does not validate", async () => {
    for (const text of [
      '{"steps": [{"action": "format_disk"}]}',
      "I would open a ticket.",
      '{"steps": []}',
    ]) {
      setDirectorModel(plannerModelDouble(text));
      const m = await startMission(h.resident, leak);
      expect(m.steps.map((s) => s.kind)).toEqual(["open_ticket", "notify"]);
      expect(m.steps[0]?.title).toBe("Open a normal plumbing ticket: Leak under the sink");
    }
  });

  it("refuses a plan asking for a step the requester may not do, and starts nothing", async () => {
    const today = todayIn("Europe/Lisbon");
    const stay = await createReservation({
      reservation: makeReservation(h.b, h.unit1.id, today, addDays(today, 2)),
    });
    const guest: Actor = {
      kind: "guest",
      id: `guest_${stay.id}`,
      role: "guest",
      buildingId: h.b,
      unitIds: [h.unit1.id],
      reservationId: stay.id,
    };
    setDirectorModel(
      plannerModelDouble(
        JSON.stringify({
          steps: [
            { action: "open_ticket", title: "Leak", category: "plumbing" },
            { action: "unlock_door", at: null },
          ],
        }),
      ),
    );
    await expect(startMission(guest, { ...leak, unitId: null })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("unlock a door"),
    });
    const mine = await listMissionsByRequester({ buildingId: h.b, userId: `guest:${stay.id}` });
    expect(mine.items).toHaveLength(0);
    expect(unlocks).toHaveLength(0);
  });
});

describe("a step asked for a time is scheduled, not run now", () => {
  it("'let the plumber in at 3': approved now, unlocked at its time by the sweeper as the requester", async () => {
    const m = await startMission(h.resident, plumberAt("3"));
    expect(m.status).toBe("awaiting_approval");
    const runAt = m.steps[0]?.runAt;
    expect(runAt).toBeTruthy();
    const approved = await decideStep(h.staff, {
      missionId: m.id,
      stepId: m.steps[0]?.id ?? "",
      decision: "approve",
    });
    expect(approved.status).toBe("scheduled");
    expect(unlocks).toHaveLength(0);

    // before its time: the sweeper leaves it
    await runScheduledMissions(new Date(Date.parse(runAt ?? "") - 60_000), { buildingIds: [h.b] });
    expect((await findMission({ buildingId: h.b, missionId: m.id }))?.status).toBe("scheduled");
    expect(unlocks).toHaveLength(0);

    const at = new Date(Date.parse(runAt ?? "") + 1000);
    // two instances sweeping at once: one takes the mission, the door opens once
    const [a, b] = await Promise.all([
      runScheduledMissions(at, { buildingIds: [h.b] }),
      runScheduledMissions(at, { buildingIds: [h.b] }),
    ]);
    expect(a.started + b.started).toBe(1);
    expect(unlocks).toEqual([expect.objectContaining({ deviceId: lock.id, action: "unlock" })]);
    expect((await findMission({ buildingId: h.b, missionId: m.id }))?.status).toBe("done");
  });

  it("a scheduled mission can be cancelled by its requester (not by a neighbour) and then never runs", async () => {
    setDirectorModel(null);
    const m = await startMission(h.resident, plumberAt("tomorrow morning"));
    const approved = await decideStep(h.staff, {
      missionId: m.id,
      stepId: m.steps[0]?.id ?? "",
      decision: "approve",
    });
    expect(approved.status).toBe("scheduled");
    await expect(cancelMission(h.resident2, m.id)).rejects.toMatchObject({ code: "not_found" });
    const cancelled = await cancelMission(h.resident, m.id);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.steps.map((s) => s.status)).toEqual(["skipped", "skipped"]);
    await expect(cancelMission(h.resident, m.id)).rejects.toMatchObject({ code: "conflict" });
    await runScheduledMissions(new Date(Date.now() + 3 * 86_400_000), { buildingIds: [h.b] });
    expect(unlocks).toHaveLength(0);
  });
});
