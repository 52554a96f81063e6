import { describe, expect, it, vi } from "vitest";
import { ingestSensorEvent } from "@/server/services/alarms/device-signals";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as read from "../notifications/read/route";
import * as notifications from "../notifications/route";
import * as acknowledge from "./[id]/acknowledge/route";
import * as clear from "./[id]/clear/route";
import * as alarms from "./route";

/** Alarms and the notification centre through the real route handlers (Auth.js stubbed). */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const h = await seedTicketBuilding();
const sensor = await seedDevice(h.b, { type: "sensor", unitId: h.unit1.id, name: "Bathroom sensor" });
await ingestSensorEvent(
  { buildingId: h.b, deviceId: sensor.id },
  { eventId: "e1", type: "alarm", cause: "leak", active: true, ts: new Date().toISOString() },
);

describe("/api/v1/alarms", () => {
  it("lists the open alarm for staff and the unit's resident only, in the documented shape", async () => {
    signInAs(h.users.staff);
    const staff = await callRoute(alarms.GET, "/api/v1/alarms?status=active");
    expect(staff.status).toBe(200);
    expect(documented("get", "/api/v1/alarms")?.parse(staff.body)).toBeTruthy();
    expect(staff.body.items).toHaveLength(1);
    signInAs(h.users.resident);
    expect((await callRoute(alarms.GET, "/api/v1/alarms")).body.items).toHaveLength(1);
    signInAs(h.users.resident2);
    expect((await callRoute(alarms.GET, "/api/v1/alarms")).body.items).toHaveLength(0);
  });

  it("lets staff acknowledge and clear with a note, refuses residents, and answers 409 to a second clear", async () => {
    signInAs(h.users.staff);
    const [open] = (await callRoute(alarms.GET, "/api/v1/alarms")).body.items;
    const path = (a: string) => `/api/v1/alarms/${open.id}/${a}`;
    signInAs(h.users.resident);
    expect(
      (await callRoute(acknowledge.POST, path("acknowledge"), { ...post({}), params: { id: open.id } }))
        .status,
    ).toBe(403);
    signInAs(h.users.staff);
    const acked = await callRoute(acknowledge.POST, path("acknowledge"), {
      ...post({ note: "Plumber called" }),
      params: { id: open.id },
    });
    expect(acked.status).toBe(200);
    expect(acked.body.alarm).toMatchObject({ status: "acknowledged", acknowledgeNote: "Plumber called" });
    const cleared = await callRoute(clear.POST, path("clear"), {
      ...post({ note: "Dry" }),
      params: { id: open.id },
    });
    expect(cleared.body.alarm.status).toBe("cleared");
    const again = await callRoute(clear.POST, path("clear"), { ...post({}), params: { id: open.id } });
    expect(again.status).toBe(409);
    const missing = await callRoute(clear.POST, "/api/v1/alarms/nope/clear", {
      ...post({}),
      params: { id: "nope" },
    });
    expect(missing.status).toBe(404);
  });
});

describe("/api/v1/notifications", () => {
  it("gives the resident their alarm notice with the unread count, and marks all read", async () => {
    signInAs(h.users.resident);
    const inbox = await callRoute(notifications.GET, "/api/v1/notifications");
    expect(inbox.status).toBe(200);
    expect(inbox.body.unread).toBeGreaterThanOrEqual(1);
    expect(inbox.body.items[0]).toMatchObject({
      kind: "alarm",
      title: "Water leak in unit 101",
      readAt: null,
    });
    expect(inbox.body.items[0].link).toBe("/resident");
    const marked = await callRoute(read.POST, "/api/v1/notifications/read", post({ all: true }));
    expect(marked.body.unread).toBe(0);
    const bad = await callRoute(read.POST, "/api/v1/notifications/read", post({ ids: [] }));
    expect(bad.status).toBe(422);
  });

  it("never shows one person's notices to another (ids of others are ignored)", async () => {
    signInAs(h.users.staff);
    const mine = await callRoute(notifications.GET, "/api/v1/notifications");
    signInAs(h.users.resident2);
    const theirs = await callRoute(notifications.GET, "/api/v1/notifications");
    expect(theirs.body.items).toHaveLength(0);
    const tried = await callRoute(
      read.POST,
      "/api/v1/notifications/read",
      post({ ids: [mine.body.items[0].id] }),
    );
    expect(tried.body.marked).toBe(0);
  });
});
