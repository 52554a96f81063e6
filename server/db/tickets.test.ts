import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId as ulid } from "@/lib/domain/ids";
import type { TicketEvent } from "@/lib/domain/ticket";
import { makeTicket, newBuildingId } from "@/test/fixtures";
import { db } from "./client";
import {
  addTicketEvent,
  createTicket,
  getTicket,
  listTicketEvents,
  listTicketsByOpener,
  listTicketsByStatus,
  listTicketsByUnit,
  updateTicket,
} from "./tickets";

const b = newBuildingId();

/** Counts the Query requests actually sent, at the client's middleware stack. */
let queries = 0;
const MW = "countQueriesForTicketTest";
beforeAll(() => {
  (db() as DynamoDBDocumentClient).middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === "QueryCommand") queries++;
      return next(args);
    },
    { step: "initialize", name: MW },
  );
});
afterAll(() => {
  db().middlewareStack.remove(MW);
});

const event = (ticketId: string, over: Partial<TicketEvent>): TicketEvent => ({
  id: ulid(),
  ticketId,
  buildingId: b,
  kind: "comment",
  actor: { kind: "user", id: "staff_1" },
  comment: null,
  from: null,
  to: null,
  at: new Date().toISOString(),
  ...over,
});

describe("tickets", () => {
  it("lists the queue by status with one Query per page", async () => {
    for (let i = 0; i < 12; i++) {
      const { ticket, event: created } = makeTicket(b, { status: i % 3 === 0 ? "in_progress" : "open" });
      await createTicket({ ticket, event: created });
    }
    let cursor: string | null = null;
    let pages = 0;
    const seen: string[] = [];
    do {
      const before = queries;
      const page: Awaited<ReturnType<typeof listTicketsByStatus>> = await listTicketsByStatus({
        buildingId: b,
        status: "open",
        limit: 3,
        cursor,
      });
      expect(queries - before).toBe(1);
      expect(page.items.every((t) => t.status === "open")).toBe(true);
      seen.push(...page.items.map((t) => t.id));
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it("moves a ticket between status lists and records history in the same write", async () => {
    const { ticket, event: created } = makeTicket(b, {
      unitId: "unit_7",
      openedBy: { kind: "user", id: "res_7" },
    });
    await createTicket({ ticket, event: created });
    const changed = await updateTicket({
      buildingId: b,
      ticketId: ticket.id,
      patch: { status: "waiting", assigneeId: "staff_1" },
      events: [event(ticket.id, { kind: "status_changed", from: "open", to: "waiting" })],
      expectedStatus: "open",
    });
    expect(changed.status).toBe("waiting");
    expect(changed).not.toHaveProperty("gsi2pk");
    const waiting = await listTicketsByStatus({ buildingId: b, status: "waiting" });
    expect(waiting.items.map((t) => t.id)).toEqual([ticket.id]);
    const open = await listTicketsByStatus({ buildingId: b, status: "open", limit: 200 });
    expect(open.items.some((t) => t.id === ticket.id)).toBe(false);
    await expect(
      updateTicket({
        buildingId: b,
        ticketId: ticket.id,
        patch: { status: "resolved" },
        events: [],
        expectedStatus: "open",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await addTicketEvent({ event: event(ticket.id, { comment: "On it" }) });
    const history = await listTicketEvents({ buildingId: b, ticketId: ticket.id });
    expect(history.items.map((e) => e.kind)).toEqual(["created", "status_changed", "comment"]);
    expect((await listTicketsByOpener({ buildingId: b, userId: "res_7" })).items.map((t) => t.id)).toEqual([
      ticket.id,
    ]);
    expect((await listTicketsByUnit({ buildingId: b, unitId: "unit_7" })).items.map((t) => t.id)).toEqual([
      ticket.id,
    ]);
    expect((await getTicket({ buildingId: b, ticketId: ticket.id })).assigneeId).toBe("staff_1");
  });

  it("answers not found for a missing ticket", async () => {
    await expect(getTicket({ buildingId: b, ticketId: "missing" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      updateTicket({ buildingId: b, ticketId: "missing", patch: { priority: "high" }, events: [] }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
