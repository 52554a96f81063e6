import { ulid } from "ulid";
import { describe, expect, it } from "vitest";
import type { Ticket } from "@/lib/domain/ticket";
import { type ListTicketsQuery, listTicketsQuerySchema } from "@/lib/domain/ticket-dto";
import type { Actor } from "@/lib/roles";
import { makeTicket } from "@/test/fixtures";
import { createTicket } from "../../db/tickets";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { listTickets } from "./list-tickets";

const h = await seedTicketBuilding();
const other = await seedTicketBuilding();
const HOUR = 3_600_000;

/** A ticket opened `hoursAgo` (its ULID id carries that time too, as a real one would). */
async function put(hoursAgo: number, over: Partial<Ticket>) {
  const at = Date.now() - hoursAgo * HOUR;
  const createdAt = new Date(at).toISOString();
  const { ticket, event } = makeTicket(h.b, { id: ulid(at), createdAt, updatedAt: createdAt, ...over });
  await createTicket({ ticket, event: { ...event, at: createdAt } });
  return ticket;
}
const byResident = { openedBy: { kind: "user" as const, id: h.resident.id } };
const t = {
  urgentLate: await put(5, { ...byResident, priority: "urgent", unitId: h.unit1.id, assigneeId: h.staff.id }),
  urgentFresh: await put(1, { ...byResident, priority: "urgent", unitId: h.unit1.id }),
  lowOld: await put(100, { priority: "low", category: "electrical", unitId: null }),
  normalLateResolved: await put(80, { priority: "normal", status: "resolved", unitId: h.unit2.id }),
  normalLateWaiting: await put(80, { priority: "normal", status: "waiting", unitId: h.unit2.id }),
};
await put(1, { openedBy: { kind: "user", id: other.resident.id }, buildingId: other.b });

const list = async (actor: Actor, q: Record<string, unknown> = {}) =>
  (await listTickets(actor, listTicketsQuerySchema.parse(q) as ListTicketsQuery)).items.map((i) => i.id);

describe("listTickets", () => {
  it("gives residents only the tickets they opened", async () => {
    expect(await list(h.resident)).toEqual([t.urgentFresh.id, t.urgentLate.id]);
    expect(await list(h.resident2)).toEqual([]);
    expect(await list(h.resident, { status: "resolved" })).toEqual([]);
  });

  it("gives staff the whole building, newest or oldest first, and nothing of another building", async () => {
    const all = await list(h.staff);
    expect(all).toHaveLength(5);
    expect(await list(h.staff, { sort: "oldest" })).toEqual([...all].reverse());
    expect(await list(other.staff)).toHaveLength(1);
  });

  it("filters by status, priority, category, unit, common area and assignee", async () => {
    expect(await list(h.staff, { status: "waiting" })).toEqual([t.normalLateWaiting.id]);
    expect(await list(h.staff, { status: "open", priority: "urgent" })).toEqual([
      t.urgentFresh.id,
      t.urgentLate.id,
    ]);
    expect(await list(h.staff, { category: "electrical" })).toEqual([t.lowOld.id]);
    expect(await list(h.staff, { unitId: h.unit2.id, status: "resolved" })).toEqual([
      t.normalLateResolved.id,
    ]);
    expect(await list(h.staff, { unitId: "common" })).toEqual([t.lowOld.id]);
    expect(await list(h.staff, { assigneeId: h.staff.id })).toEqual([t.urgentLate.id]);
    expect(await list(h.staff, { assigneeId: "unassigned", unitId: h.unit1.id })).toEqual([t.urgentFresh.id]);
  });

  it("filters by age and overdue (due time from priority, only while work is owed)", async () => {
    expect(await list(h.staff, { olderThanHours: "48", sort: "oldest" })).toEqual([
      t.lowOld.id,
      t.normalLateResolved.id,
      t.normalLateWaiting.id,
    ]);
    expect((await list(h.staff, { overdue: "true" })).sort()).toEqual(
      [t.urgentLate.id, t.normalLateWaiting.id].sort(),
    );
    const page = await listTickets(h.staff, listTicketsQuerySchema.parse({ status: "open" }));
    expect(page.items.find((i) => i.id === t.urgentLate.id)).toMatchObject({
      overdue: true,
      thumbnailUrl: null,
    });
    expect(page.items.find((i) => i.id === t.urgentFresh.id)?.overdue).toBe(false);
  });

  it("pages with a cursor", async () => {
    const first = await listTickets(h.manager, listTicketsQuerySchema.parse({ limit: "2" }));
    expect(first.items).toHaveLength(2);
    const next = await listTickets(
      h.manager,
      listTicketsQuerySchema.parse({ limit: "2", cursor: first.cursor ?? undefined }),
    );
    expect(next.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
  });

  it("reads on, up to five pages, while filters leave a page empty", async () => {
    // one item per read, newest first: the one electrical ticket is the building's oldest, the 5th read; the
    // staff page's first render and the API's "load more" both get it from one call
    const q = listTicketsQuerySchema.parse({ category: "electrical", limit: "1" }) as ListTicketsQuery;
    const filled = await listTickets(h.staff, q);
    expect(filled.items.map((i) => i.id)).toEqual([t.lowOld.id]);
  });
});
