import { afterAll, describe, expect, it } from "vitest";
import { say, scriptedModel, seedConciergeBuilding, toolCall } from "../../ai/concierge-test-fixtures";
import { TOOL } from "../../ai/tool-names";
import { answerConcierge } from "../../ai/turn";
import { listMessages } from "../../db/conversations";
import { listOutboxEmails } from "../../db/outbox";
import { type LiveUpdate, subscribeLiveUpdates } from "../../live/live-updates";
import { listNotifications } from "../notifications/list-notifications";
import { claimHandover } from "./claim-handover";
import { getHandover } from "./get-handover";
import { handBack } from "./hand-back";
import { handoverStats } from "./handover-stats";
import { listAssignees } from "./list-assignees";
import { listHandovers } from "./list-handovers";
import { replyToHandover } from "./reply-handover";

const h = await seedConciergeBuilding();
afterAll(() => h.cleanup());

async function residentAsksForAPerson() {
  const model = scriptedModel([
    [toolCall(TOOL.handOver, { reason: "The heating bill looks wrong", urgent: false })],
    [say("I have handed this to the building staff.")],
  ]);
  return answerConcierge(
    h.resident,
    { message: "I want to talk to a person about my bill" },
    {
      locale: "en",
      model,
    },
  );
}

describe("hand-over to a person", () => {
  it("puts the conversation in the staff inbox with the whole thread and the asker's unit", async () => {
    const answer = await residentAsksForAPerson();
    const inbox = await listHandovers(h.staff, { status: "open", limit: 50 });
    const mine = inbox.items.find((x) => x.conversationId === answer.conversationId);
    expect(mine).toMatchObject({
      status: "open",
      source: "asked",
      reason: "The heating bill looks wrong",
      asker: { id: h.resident.id, role: "resident", units: ["101"] },
      assignee: null,
    });
    const thread = await getHandover(h.staff, mine?.id ?? "");
    expect(thread.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    // asking again while it waits keeps the one hand-over
    await answerConcierge(
      h.resident,
      { message: "hello?", conversationId: answer.conversationId },
      {
        locale: "en",
        model: scriptedModel([[toolCall(TOOL.handOver, { reason: "still waiting" })], [say("Handed over.")]]),
      },
    );
    const again = await listHandovers(h.staff, { status: "open", limit: 50 });
    expect(again.items.filter((x) => x.conversationId === answer.conversationId)).toHaveLength(1);
  });

  it("can be given to the building's staff and managers, nobody else", async () => {
    const people = await listAssignees(h.staff);
    expect(people.map((p) => p.id).sort()).toEqual([h.staff.id, h.manager.id].sort());
    await expect(listAssignees(h.resident)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("is for staff and managers only", async () => {
    await expect(listHandovers(h.resident, { status: "open", limit: 5 })).rejects.toMatchObject({
      code: "forbidden",
    });
    const [any] = (await listHandovers(h.staff, { status: "open", limit: 5 })).items;
    await expect(getHandover(h.resident2, any?.id ?? "")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("claim, reply live and by email when away, first-reply time, hand back", async () => {
    const answer = await residentAsksForAPerson();
    const id = answer.conversationId;
    // two staff taking it at once: one wins, the other is told it changed
    const results = await Promise.allSettled([
      claimHandover(h.staff, id, {}),
      claimHandover(h.manager, id, {}),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    const assigned = await claimHandover(h.manager, id, { assigneeId: h.staff.id });
    expect(assigned.assignee).toEqual({ id: h.staff.id, name: h.staff.name });
    await expect(claimHandover(h.staff, id, { assigneeId: h.resident.id })).rejects.toMatchObject({
      code: "validation",
    });

    const heard: LiveUpdate[] = [];
    const stop = subscribeLiveUpdates(h.b, (u) => heard.push(u));
    const later = new Date(Date.now() + 10 * 60_000); // the resident's last message is 10 minutes old: away
    const { handover, emailed } = await replyToHandover(
      h.staff,
      id,
      { text: "I will check the bill today." },
      later,
    );
    stop();
    expect(handover.firstReplyAt).not.toBeNull();
    expect(emailed).toBe(true);
    const stored = await listMessages({ buildingId: h.b, conversationId: id });
    expect(stored.items.at(-1)).toMatchObject({
      role: "assistant",
      parts: [{ type: "data-staff" }, { type: "text", text: "I will check the bill today." }],
    });
    expect(heard).toContainEqual(
      expect.objectContaining({ type: "staffReply", userId: h.resident.id, conversationId: id }),
    );
    const mail = await listOutboxEmails({ buildingId: h.b, limit: 20 });
    expect(
      mail.items.some((e) => e.to === h.resident.email && e.text.includes("I will check the bill today.")),
    ).toBe(true);

    // a reply while the resident is still in the chat goes only there
    const again = await replyToHandover(h.staff, id, { text: "Found it." });
    expect(again.emailed).toBe(false);

    const stats = await handoverStats(h.manager);
    expect(stats.answered).toBeGreaterThanOrEqual(1);
    expect(stats.medianFirstReplyMinutes).not.toBeNull();

    const closed = await handBack(h.staff, id);
    expect(closed.status).toBe("closed");
    await expect(replyToHandover(h.staff, id, { text: "late" })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("questions the concierge cannot answer, and a conversation a person has taken", () => {
  it("a question the documents do not answer goes to the staff inbox as unanswered; small talk does not", async () => {
    const asked = await answerConcierge(
      h.resident,
      { message: "Is there a sauna in the building?" },
      { locale: "en" },
    );
    expect(asked.answer).toContain("passed your question to");
    const inbox = await listHandovers(h.staff, { status: "open", limit: 100 });
    expect(inbox.items.find((x) => x.conversationId === asked.conversationId)).toMatchObject({
      source: "unanswered",
      reason: "Is there a sauna in the building?",
      urgent: false,
      asker: { id: h.resident.id },
    });

    const thanks = await answerConcierge(h.resident, { message: "thanks!" }, { locale: "en" });
    expect(thanks.answer).not.toContain("passed your question to");
    const after = await listHandovers(h.staff, { status: "open", limit: 100 });
    expect(after.items.some((x) => x.conversationId === thanks.conversationId)).toBe(false);
  });

  it("while staff have the conversation the concierge stays quiet and the staff member is told", async () => {
    const { conversationId } = await residentAsksForAPerson();
    await claimHandover(h.staff, conversationId, {});
    const before = await listNotifications(h.staff, { limit: 100 });

    const paused = await answerConcierge(
      h.resident,
      { message: "Is the pool heated?", conversationId },
      // a model that would answer: it must not be asked
      { locale: "en", model: scriptedModel([[say("The pool is heated to 28 degrees [1].")]]) },
    );
    expect(paused.answer).toContain(`${h.staff.name} from the staff has this conversation`);
    const stored = await listMessages({ buildingId: h.b, conversationId, ascending: false, limit: 2 });
    expect(stored.items.map((m) => [m.role, m.parts])).toEqual([
      ["assistant", [{ type: "text", text: paused.answer }]],
      ["user", [{ type: "text", text: "Is the pool heated?" }]],
    ]);
    const notices = await listNotifications(h.staff, { limit: 100 });
    expect(notices.unread).toBe(before.unread + 1);
    expect(notices.items[0]).toMatchObject({
      body: "Is the pool heated?",
      link: `/staff/handovers/${conversationId}`,
    });

    // in Spanish, the line is in Spanish
    const es = await answerConcierge(
      h.resident,
      { message: "¿La piscina está climatizada?", conversationId },
      { locale: "es" },
    );
    expect(es.answer).toContain("del personal, lleva esta conversación");

    await handBack(h.staff, conversationId);
    const resumed = await answerConcierge(
      h.resident,
      { message: "Is the pool heated?", conversationId },
      { locale: "en", model: scriptedModel([[say("The pool is heated to 28 degrees.")]]) },
    );
    expect(resumed.answer).toBe("The pool is heated to 28 degrees.");
  });
});
