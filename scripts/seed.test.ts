import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { listAccessLogsByDayRange } from "@/server/db/access-logs";
import { listDevices } from "@/server/db/devices";
import { listKnowledgeDocuments } from "@/server/db/knowledge-documents";
import { listArrivals, listReservations } from "@/server/db/reservation-queries";
import { findReservationByCheckinTokenHash } from "@/server/db/reservations";
import { listTickets } from "@/server/db/tickets";
import { hashToken } from "@/server/db/token-hash";
import { listUnits } from "@/server/db/units";
import { findUserCredentialsByEmail, listUsers } from "@/server/db/users";
import { seedDemo } from "./seed";
import { DEMO_CHECKIN_TOKENS, DEMO_PASSWORD, DEMO_PEOPLE } from "./seed-data";

/** Every item of a building partition list, through the app's own paginated functions. */
async function all<T>(
  list: (p: { cursor: string | null; limit: number }) => Promise<{ items: T[]; cursor: string | null }>,
) {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await list({ cursor, limit: 200 });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

async function counts(b: string) {
  const far = new Date(Date.now() + 86_400_000).toISOString();
  const start = new Date(Date.now() - 30 * 86_400_000).toISOString();
  return {
    units: (await all((p) => listUnits({ buildingId: b, ...p }))).length,
    users: (await all((p) => listUsers({ buildingId: b, ...p }))).length,
    devices: (await all((p) => listDevices({ buildingId: b, ...p }))).length,
    reservations: (await all((p) => listReservations({ buildingId: b, ...p }))).length,
    tickets: (await all((p) => listTickets({ buildingId: b, ...p }))).length,
    logs: (await all((p) => listAccessLogsByDayRange({ buildingId: b, from: start, to: far, ...p }))).length,
    docs: (await all((p) => listKnowledgeDocuments({ buildingId: b, ...p }))).length,
  };
}

describe("demo seed", () => {
  it("seeds once, does nothing the second time, and can start over with reset", {
    timeout: 120_000,
  }, async () => {
    const log = () => undefined;
    const first = await seedDemo({ reset: true, log });
    expect(first.seeded).toBe(true);
    const harbor = await counts("bld_harbor");
    const summit = await counts("bld_summit");
    expect(harbor.units).toBeGreaterThanOrEqual(12);
    expect(summit.units).toBeGreaterThanOrEqual(12);
    expect(harbor.logs).toBeGreaterThan(200);
    expect(harbor.docs).toBe(4);

    const second = await seedDemo({ log });
    expect(second.seeded).toBe(false);
    expect(await counts("bld_harbor")).toEqual(harbor);
    expect(await counts("bld_summit")).toEqual(summit);

    const again = await seedDemo({ reset: true, log });
    expect(again.seeded).toBe(true);
    expect(await counts("bld_harbor")).toEqual(harbor);
  });

  it("makes every demo account findable by email with the demo password", async () => {
    await seedDemo({ log: () => undefined });
    for (const p of DEMO_PEOPLE.slice(0, 6)) {
      const u = await findUserCredentialsByEmail({ email: p.email });
      expect(u?.buildingId).toBe(p.buildingId);
      expect(u?.status).toBe("active");
      expect(await verifyPassword(DEMO_PASSWORD, u?.passwordHash ?? "")).toBe(true);
    }
  });

  it("opens each building's current stay with the printed check-in token, and has arrivals today", async () => {
    await seedDemo({ log: () => undefined });
    for (const [b, token] of Object.entries(DEMO_CHECKIN_TOKENS)) {
      const r = await findReservationByCheckinTokenHash({ tokenHash: hashToken(token) });
      expect(r?.buildingId).toBe(b);
      const today = new Date().toISOString().slice(0, 10);
      expect(r && r.checkIn <= today && today < r.checkOut).toBe(true);
    }
    const tickets = await listTickets({ buildingId: "bld_harbor", limit: 200 });
    expect(new Set(tickets.items.map((t) => t.status))).toEqual(
      new Set(["open", "in_progress", "waiting", "resolved", "closed"]),
    );
    const day = new Date();
    const arrivals = await listArrivals({
      buildingId: "bld_harbor",
      from: new Date(day.getTime() - 86_400_000).toISOString().slice(0, 10),
      to: new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10),
    });
    expect(arrivals.items.length).toBeGreaterThan(0);
  });
});
