import { describe, expect, it, vi } from "vitest";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { guestIdOf } from "@/server/auth/guest-session";
import { createReservation } from "@/server/db/reservations";
import { postAnnouncement } from "@/server/services/announcements/post-announcement";
import {
  acknowledgeAnnouncement,
  markAnnouncementsRead,
} from "@/server/services/announcements/read-announcements";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { makeReservation } from "@/test/fixtures";
import { callRoute, documented, signInAs } from "@/test/route-harness";
import * as receipts from "./[id]/receipts/route";

/** Who has read and acknowledged an announcement, through the real route handler (Auth.js stubbed). */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const h = await seedTicketBuilding();
const other = await seedTicketBuilding();
const today = todayIn("Europe/Lisbon");
const stay = await createReservation({
  reservation: makeReservation(h.b, h.unit1.id, addDays(today, -1), addDays(today, 2), {
    status: "checked_in",
    guest: { name: "Lucía", email: "lucia@test.example" },
  }),
});
const guest: Actor = {
  kind: "guest",
  id: guestIdOf(stay.id),
  role: "guest",
  buildingId: h.b,
  unitIds: [h.unit1.id],
  reservationId: stay.id,
};
const posted = await postAnnouncement(h.manager, {
  title: "Water off Tuesday",
  body: "From 9 to 11.",
  audience: { kind: "building" },
  emergency: true,
});
await markAnnouncementsRead(h.resident, [posted.id]);
await acknowledgeAnnouncement(guest, posted.id);
const theirs = await postAnnouncement(other.manager, {
  title: "Elsewhere",
  body: "Not yours.",
  audience: { kind: "building" },
  emergency: false,
});

const get = (id: string, q = "") =>
  callRoute(receipts.GET, `/api/v1/announcements/${id}/receipts${q}`, { params: { id } });

describe("GET /api/v1/announcements/{id}/receipts", () => {
  it("names who read and who acknowledged, page by page, filtered", async () => {
    signInAs(h.users.manager);
    const seen: { name: string | null; kind: string; readAt: string | null }[] = [];
    let cursor = "";
    for (let i = 0; i < 10; i++) {
      const page = await get(posted.id, `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.status).toBe(200);
      expect(documented("get", "/api/v1/announcements/{id}/receipts")?.parse(page.body)).toBeTruthy();
      seen.push(...page.body.items);
      if (!page.body.cursor) break;
      cursor = page.body.cursor;
    }
    // four accounts and the guest in house
    expect(seen).toHaveLength(5);
    const read = await get(posted.id, "?filter=read");
    expect(read.body.items.map((r: { name: string }) => r.name).sort()).toEqual(
      ["Lucía", h.users.resident.name].sort(),
    );
    const acked = await get(posted.id, "?filter=acknowledged");
    expect(acked.body.items).toMatchObject([{ kind: "guest", name: "Lucía" }]);
    expect((await get(posted.id, "?filter=unread")).body.items).toHaveLength(3);
  });

  it("is scoped to the caller's building and refused to residents and staff by default", async () => {
    signInAs(h.users.manager);
    expect((await get(theirs.id)).status).toBe(404);
    signInAs(other.users.manager);
    expect((await get(posted.id)).status).toBe(404);
    signInAs(h.users.resident);
    expect((await get(posted.id)).status).toBe(403);
    signInAs(h.users.staff);
    expect((await get(posted.id)).status).toBe(403);
  });
});
