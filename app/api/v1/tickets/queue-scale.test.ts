import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TicketPriority, TicketStatus } from "@/lib/domain/ticket";
import { db, tableName } from "@/server/db/client";
import { ticketItem } from "@/server/db/tickets";
import { bearer, seedBuilding, seedToken } from "@/test/api-fixtures";
import { makeTicket, newBuildingId } from "@/test/fixtures";
import { routeResponse } from "@/test/route-harness";
import * as tickets from "./route";

vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

/**
 * The staff queue by status stays one Query per page however many tickets the building holds: 3,000 open
 * tickets (and 600 in other statuses) are bulk-loaded with the items the app itself writes, then the API is
 * paged through while a client middleware counts the Query requests actually sent.
 */
const b = newBuildingId();
await seedBuilding(b);
const staff = await seedToken(b, { role: "staff" });
const OPEN = 3000;
const OTHER = 600;

let queries = 0;
const MW = "countTicketQueueQueries";
beforeAll(async () => {
  const items = Array.from({ length: OPEN + OTHER }, (_, i) => {
    const status: TicketStatus = i < OPEN ? "open" : (["in_progress", "waiting", "closed"] as const)[i % 3];
    const priority: TicketPriority = i % 10 === 0 ? "urgent" : "normal";
    const at = Date.now() - i * 60_000;
    return ticketItem(
      makeTicket(b, { id: ulid(at), status, priority, createdAt: new Date(at).toISOString() }).ticket,
    );
  });
  const chunks = Array.from({ length: Math.ceil(items.length / 25) }, (_, i) =>
    items.slice(i * 25, i * 25 + 25),
  );
  for (let i = 0; i < chunks.length; i += 8) {
    await Promise.all(chunks.slice(i, i + 8).map((chunk) => writeAll(chunk)));
  }
  (db() as DynamoDBDocumentClient).middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === "QueryCommand") queries++;
      return next(args);
    },
    { step: "initialize", name: MW },
  );
}, 120_000);
afterAll(() => {
  db().middlewareStack.remove(MW);
});

async function writeAll(chunk: Record<string, unknown>[]) {
  let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
  while (pending.length) {
    const out = await db().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
    pending = (out.UnprocessedItems?.[tableName()] ?? []) as typeof pending;
  }
}

type Page = { items: { id: string; status: string; priority: string }[]; cursor: string | null };
async function walk(query: string) {
  const seen: Page["items"] = [];
  const perPage: number[] = [];
  let cursor: string | null = null;
  do {
    const before = queries;
    const url: string = `/api/v1/tickets?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const res = await routeResponse(tickets.GET, url, { headers: bearer(staff.secret) });
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    perPage.push(queries - before);
    seen.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return { seen, perPage };
}

describe("GET /api/v1/tickets?status= with thousands of tickets", () => {
  it("sends exactly one Query per page and returns every ticket of the status once", async () => {
    const { seen, perPage } = await walk("status=open&limit=200");
    expect(seen).toHaveLength(OPEN);
    expect(new Set(seen.map((t) => t.id)).size).toBe(OPEN);
    expect(seen.every((t) => t.status === "open")).toBe(true);
    expect(perPage.length).toBeGreaterThanOrEqual(OPEN / 200);
    expect(perPage.every((n) => n === 1)).toBe(true);
  }, 60_000);

  it("stays one Query per page with a filter on top (pages may then be short)", async () => {
    const { seen, perPage } = await walk("status=open&priority=urgent&limit=200");
    expect(seen).toHaveLength(OPEN / 10);
    expect(seen.every((t) => t.priority === "urgent")).toBe(true);
    expect(perPage.every((n) => n === 1)).toBe(true);
  }, 60_000);

  it("answers the first page of the queue with one Query, not a read of the partition", async () => {
    const before = queries;
    const res = await routeResponse(tickets.GET, "/api/v1/tickets?status=open&limit=50", {
      headers: bearer(staff.secret),
    });
    const page = (await res.json()) as Page;
    expect(page.items).toHaveLength(50);
    expect(page.cursor).toEqual(expect.any(String));
    expect(queries - before).toBe(1);
  });
});
