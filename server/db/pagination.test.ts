import { describe, expect, it } from "vitest";
import { newId as ulid } from "@/lib/domain/ids";
import type { Unit } from "@/lib/domain/unit";
import { AppError } from "@/lib/errors";
import { makeTicket, newBuildingId } from "@/test/fixtures";
import { createTicket, listTickets } from "./tickets";
import { listUnits, putUnit } from "./units";

const b = newBuildingId();

function unit(n: number): Unit {
  const t = new Date().toISOString();
  return {
    id: `unit_${n}`,
    buildingId: b,
    number: String(100 * Math.ceil(n / 10) + (n % 10)),
    floor: Math.ceil(n / 10),
    type: "studio",
    capacity: 2,
    ownerIds: [],
    residentIds: [],
    rentable: true,
    nightlyRateMinor: 10000,
    status: "active",
    createdAt: t,
    updatedAt: t,
  };
}

describe("pagination with opaque cursors", () => {
  it("returns every item exactly once across pages", async () => {
    await Promise.all(Array.from({ length: 23 }, (_, i) => putUnit({ unit: unit(i + 1) })));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listUnits>> = await listUnits({
        buildingId: b,
        limit: 5,
        cursor,
      });
      seen.push(...page.items.map((u) => u.id));
      expect(page.items.every((u) => !("pk" in u) && !("gsi1sk" in u))).toBe(true);
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
  });

  it("walks newest first through a time-ordered list", async () => {
    const bb = newBuildingId();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { ticket, event } = makeTicket(bb, { id: ulid() });
      ids.push(ticket.id);
      await createTicket({ ticket, event });
    }
    const first = await listTickets({ buildingId: bb, limit: 4 });
    const second = await listTickets({ buildingId: bb, limit: 4, cursor: first.cursor });
    expect([...first.items, ...second.items].map((t) => t.id)).toEqual([...ids].reverse());
    expect(second.cursor).toBeNull();
  });

  it("rejects a tampered or foreign cursor as a bad request", async () => {
    const page = await listUnits({ buildingId: b, limit: 2 });
    expect(page.cursor).toBeTruthy();
    const [body, mac] = (page.cursor as string).split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, "base64url").toString()), pk: "BLD#someone-else" }),
    ).toString("base64url");
    for (const bad of [`${forged}.${mac}`, `${body}.AAAA${mac.slice(4)}`, "garbage", `${body}`]) {
      const err = await listUnits({ buildingId: b, limit: 2, cursor: bad }).catch((e) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err.code).toBe("bad_request");
    }
  });
});
