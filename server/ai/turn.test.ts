import { afterAll, describe, expect, it } from "vitest";
import { newId } from "@/lib/domain/ids";
import { addDays } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { makeReservation } from "@/test/fixtures";
import { findConversation } from "../db/conversations";
import { createDoorCode } from "../db/door-codes";
import { createReservation } from "../db/reservations";
import { conversationMessages } from "../services/concierge/concierge-conversations";
import { seedConciergeBuilding } from "./concierge-test-fixtures";
import { textOf } from "./history";
import { MASKED_PIN, maskDoorCodes } from "./mask-door-codes";
import { streamChatTurn } from "./turn";

const h = await seedConciergeBuilding();
afterAll(() => h.cleanup());

/** One chat turn through the real stream (offline model), read to the end as the browser would. */
async function turn(actor: Actor, conversationId: string, text: string, retry = false) {
  const res = await streamChatTurn(
    actor,
    { conversationId, text, trigger: retry ? "regenerate-message" : "submit-message" },
    { locale: "en" },
  );
  expect(res.status).toBe(200);
  await res.text();
}

/** The stored turns once the stream's end has been saved (it is saved as the stream closes). */
async function storedTurns(actor: Actor, conversationId: string, count: number) {
  let turns: { role: string; text: string }[] = [];
  await expect
    .poll(
      async () => {
        const { messages } = await conversationMessages(actor, conversationId);
        turns = messages.map((m) => ({ role: m.role, text: textOf(m) }));
        return turns.length;
      },
      { timeout: 5_000 },
    )
    .toBe(count);
  return turns;
}

describe("a chat retry", () => {
  it("replaces the stored answer instead of adding a second one, and keeps the count true", async () => {
    const id = newId();
    await turn(h.resident, id, "When are the quiet hours?");
    const first = await storedTurns(h.resident, id, 2);
    expect(first.map((m) => m.role)).toEqual(["user", "assistant"]);

    await turn(h.resident, id, "When are the quiet hours?", true);
    // the new answer has its own id: the poll waits until the old one is gone and the new one is there
    await new Promise((r) => setTimeout(r, 200));
    const after = await storedTurns(h.resident, id, 2);
    expect(after.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(after[0].text).toBe("When are the quiet hours?");
    expect(after[1].text).toContain("22:00");
    const conversation = await findConversation({ buildingId: h.b, conversationId: id });
    expect(conversation?.messageCount).toBe(2);

    // a later question keeps its own answer; the history holds one answer per question
    await turn(h.resident, id, "Where does recycling go?");
    const later = await storedTurns(h.resident, id, 4);
    expect(later.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
  });

  it("after a failed first try (nothing stored), the retry stores the question and its answer once", async () => {
    const id = newId();
    await turn(h.resident, id, "Where does recycling go?", true);
    const turns = await storedTurns(h.resident, id, 2);
    expect(turns.map((m) => m.role)).toEqual(["user", "assistant"]);
  });

  it("a retry of an earlier question is a new question, and nothing earlier is removed", async () => {
    const id = newId();
    await turn(h.resident, id, "When are the quiet hours?");
    await storedTurns(h.resident, id, 2);
    await turn(h.resident, id, "Where does recycling go?");
    await storedTurns(h.resident, id, 4);
    await turn(h.resident, id, "When are the quiet hours?", true);
    const turns = await storedTurns(h.resident, id, 6);
    expect(turns.filter((m) => m.role === "assistant")).toHaveLength(3);
  });
});

describe("a guest's door code in the chat", () => {
  it("is shown live, but the stored turn keeps neither the tool's PIN nor the PIN in the answer's text", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const now = new Date().toISOString();
    const codeId = newId();
    const validUntil = new Date(Date.now() + 2 * 86_400_000).toISOString();
    // the stay's own code, as the stay page finds it (doorAccess names it)
    const stay = await createReservation({
      reservation: makeReservation(h.b, h.unit1.id, addDays(today, -1), addDays(today, 2), {
        status: "checked_in",
        doorAccess: { deviceId: h.lock1.id, codeId, validFrom: now, validUntil },
      }),
    });
    await createDoorCode({
      code: {
        id: codeId,
        buildingId: h.b,
        deviceId: h.lock1.id,
        label: "Guest",
        pin: "482915",
        validFrom: now,
        validUntil,
        reservationId: stay.id,
        status: "active",
        createdAt: now,
        updatedAt: now,
      },
    });
    const guest: Actor = {
      kind: "guest",
      id: `guest_${stay.id}`,
      role: "guest",
      buildingId: h.b,
      unitIds: [h.unit1.id],
      reservationId: stay.id,
      name: "Test Guest",
      email: "guest@test.example",
    };
    const id = newId();
    const res = await streamChatTurn(
      guest,
      { conversationId: id, text: "What is my door code?", trigger: "submit-message" },
      { locale: "en" },
    );
    expect(await res.text()).toContain("482915");
    await storedTurns(guest, id, 2);
    const { messages } = await conversationMessages(guest, id);
    const stored = JSON.stringify(messages);
    expect(stored).not.toContain("482915");
    expect(stored).toContain(MASKED_PIN);
  });

  it("masks only the PIN itself, not a longer number that contains it", () => {
    const parts = maskDoorCodes([
      {
        type: "tool-my_door_code",
        output: { status: "door_code", pin: "1234", validFrom: "", validUntil: "" },
      },
      { type: "text", text: "Code 1234, reception +351 912345678." },
    ]);
    expect(parts[1]?.text).toBe(`Code ${MASKED_PIN}, reception +351 912345678.`);
    expect(parts[0]?.output).toMatchObject({ pin: MASKED_PIN });
  });
});
