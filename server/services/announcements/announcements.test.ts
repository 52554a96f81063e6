import { describe, expect, it, vi } from "vitest";
import * as ack from "@/app/api/v1/announcements/[id]/acknowledge/route";
import * as route from "@/app/api/v1/announcements/route";
import { buildingConfigSchema } from "@/lib/domain/building";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { guestIdOf } from "@/server/auth/guest-session";
import { updateBuildingConfig } from "@/server/db/buildings";
import { listNotifications, putNotificationPrefs } from "@/server/db/notifications";
import { listOutboxEmails } from "@/server/db/outbox";
import { createReservation } from "@/server/db/reservations";
import { putUnit } from "@/server/db/units";
import { bearer, seedToken } from "@/test/api-fixtures";
import { makeReservation } from "@/test/fixtures";
import { callRoute, send } from "@/test/route-harness";
import { forgetBuildingFeatures } from "../building/require-feature";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { listAnnouncements } from "./list-announcements";
import { postAnnouncement } from "./post-announcement";
import { acknowledgeAnnouncement, markAnnouncementsRead } from "./read-announcements";

/** Announcements against DynamoDB Local: who they reach, exact read/acknowledged counts, emergencies, who may post. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

async function building() {
  const h = await seedTicketBuilding();
  const today = todayIn("Europe/Lisbon");
  const stay = await createReservation({
    reservation: makeReservation(h.b, h.unit1.id, addDays(today, -1), addDays(today, 2), {
      status: "checked_in",
      guestLocale: "es",
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
  return { ...h, stay, guest };
}

const inbox = async (b: string, userId: string) =>
  (await listNotifications({ buildingId: b, userId, limit: 50 })).items.filter(
    (n) => n.kind === "announcement",
  );
const mails = async (b: string, to: string) =>
  (await listOutboxEmails({ buildingId: b, limit: 200 })).items.filter((e) => e.to === to);

describe("posting an announcement", () => {
  it("reaches a unit's residents and its guest in house only, with notices and email for those who chose it", async () => {
    const h = await building();
    const posted = await postAnnouncement(h.manager, {
      title: "Water off Tuesday",
      body: "From 9 to 11.",
      audience: { kind: "units", unitIds: [h.unit1.id] },
      emergency: false,
    });
    expect(posted.counts).toEqual({ recipients: 2, read: 0, acknowledged: 0 });
    expect((await listAnnouncements(h.resident, {})).items.map((a) => a.title)).toEqual([
      "Water off Tuesday",
    ]);
    expect((await listAnnouncements(h.guest, {})).items.map((a) => a.id)).toEqual([posted.id]);
    expect((await listAnnouncements(h.resident2, {})).items).toEqual([]);
    expect(await inbox(h.b, h.users.resident.id)).toHaveLength(1);
    expect(await inbox(h.b, h.users.staff.id)).toHaveLength(0);
    expect(await mails(h.b, h.users.resident.email)).toHaveLength(1);
    expect(await mails(h.b, "lucia@test.example")).toHaveLength(1);
  });

  it("counts each reader once however often they read, and acknowledgements apart", async () => {
    const h = await building();
    const a = await postAnnouncement(h.manager, {
      title: "Fire drill",
      body: "Thursday 10:00.",
      audience: { kind: "building" },
      emergency: true,
    });
    expect(a.counts?.recipients).toBe(5); // two residents, staff, manager, the guest
    await Promise.all([
      markAnnouncementsRead(h.resident, [a.id]),
      markAnnouncementsRead(h.resident, [a.id]),
      markAnnouncementsRead(h.resident, [a.id, "not_mine"]),
    ]);
    const copy = await acknowledgeAnnouncement(h.guest, a.id);
    expect(copy.acknowledgedAt).not.toBeNull();
    expect(copy.readAt).not.toBeNull();
    await acknowledgeAnnouncement(h.guest, a.id);
    const [mine] = (await listAnnouncements(h.manager, {})).items;
    expect(mine.counts).toEqual({ recipients: 5, read: 2, acknowledged: 1 });
    const other = await postAnnouncement(h.manager, {
      title: "Residents meeting",
      body: "Monday.",
      audience: { kind: "residents" },
      emergency: false,
    });
    await expect(acknowledgeAnnouncement(h.guest, other.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("an emergency reaches in-app and email whatever the person chose; a normal one follows their choice", async () => {
    const h = await building();
    await putNotificationPrefs({
      buildingId: h.b,
      userId: h.users.resident.id,
      prefs: { announcement: { inApp: false, email: false } },
    });
    const normal = {
      title: "Bins",
      body: "Moved.",
      audience: { kind: "residents" as const },
      emergency: false,
    };
    await postAnnouncement(h.manager, normal);
    expect(await inbox(h.b, h.users.resident.id)).toHaveLength(0);
    expect(await mails(h.b, h.users.resident.email)).toHaveLength(0);
    await postAnnouncement(h.manager, { ...normal, title: "Gas leak", emergency: true });
    const [notice] = await inbox(h.b, h.users.resident.id);
    expect(notice.title).toBe("Emergency: Gas leak");
    expect(await mails(h.b, h.users.resident.email)).toHaveLength(1);
  });

  it("reaches floors, and refuses floors or units the building does not have", async () => {
    const h = await building();
    await putUnit({ unit: { ...h.unit2, floor: 2 } });
    const a = await postAnnouncement(h.manager, {
      title: "Lift 2",
      body: "Out of order.",
      audience: { kind: "floors", floors: [2] },
      emergency: false,
    });
    expect(a.counts?.recipients).toBe(1);
    expect((await listAnnouncements(h.resident2, {})).items).toHaveLength(1);
    const bad = { title: "x", body: "y", emergency: false };
    await expect(
      postAnnouncement(h.manager, { ...bad, audience: { kind: "floors", floors: [9] } }),
    ).rejects.toMatchObject({ code: "validation", fields: { "audience.floors": expect.any(Array) } });
    await expect(
      postAnnouncement(h.manager, { ...bad, audience: { kind: "units", unitIds: ["nope"] } }),
    ).rejects.toMatchObject({ code: "validation" });
  });

  it("lets staff post only where the building allows it, and never residents", async () => {
    const h = await building();
    const input = { title: "Hi", body: "Hello.", audience: { kind: "building" as const }, emergency: false };
    await expect(postAnnouncement(h.staff, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(postAnnouncement(h.resident, input)).rejects.toMatchObject({ code: "forbidden" });
    // staff read their own copy meanwhile
    await postAnnouncement(h.manager, input);
    expect((await listAnnouncements(h.staff, {})).items[0].counts).toBeUndefined();
    await updateBuildingConfig({
      buildingId: h.b,
      config: buildingConfigSchema.parse({
        features: { staffAnnouncements: true },
      }),
    });
    forgetBuildingFeatures(h.b);
    expect((await postAnnouncement(h.staff, input)).counts?.recipients).toBe(5);
  });
});

describe("the announcements API", () => {
  it("posts (201), lists with counts for the poster, and acknowledges (404 for someone else's)", async () => {
    const h = await building();
    const { secret } = await seedToken(h.b, { role: "manager" });
    const posted = await callRoute(
      route.POST,
      "/api/v1/announcements",
      send(
        "POST",
        { title: "Roof works", body: "All week.", audience: { kind: "guests" }, emergency: true },
        bearer(secret),
      ),
    );
    expect(posted.status).toBe(201);
    expect(posted.body.announcement.counts).toEqual({ recipients: 1, read: 0, acknowledged: 0 });
    const bad = await callRoute(
      route.POST,
      "/api/v1/announcements",
      send("POST", { title: "", body: "x", audience: { kind: "units" } }, bearer(secret)),
    );
    expect(bad.status).toBe(422);
    const list = await callRoute(route.GET, "/api/v1/announcements", { headers: bearer(secret) });
    expect(list.body.items[0]).toMatchObject({ title: "Roof works", audience: { kind: "guests" } });
    const id = posted.body.announcement.id;
    const notMine = await callRoute(ack.POST, `/api/v1/announcements/${id}/acknowledge`, {
      ...send("POST", {}, bearer(secret)),
      params: { id },
    });
    expect(notMine.status).toBe(404);
  });
});
