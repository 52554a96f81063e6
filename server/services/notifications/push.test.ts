import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import webpush from "web-push";
import * as settingsRoute from "@/app/api/v1/notifications/push/route";
import * as subscriptionRoute from "@/app/api/v1/notifications/push/subscriptions/[id]/route";
import * as subscribeRoute from "@/app/api/v1/notifications/push/subscriptions/route";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { guestIdOf } from "@/server/auth/guest-session";
import { putNotificationPrefs } from "@/server/db/notifications";
import { listPushSubscriptions } from "@/server/db/push-subscriptions";
import { createReservation } from "@/server/db/reservations";
import { trustPushServiceCertificate } from "@/server/push/send-web-push";
import { makeReservation } from "@/test/fixtures";
import { PUSH_SERVICE_CERT, type PushService, startPushService, verifyVapid } from "@/test/push-service";
import { callRoute, post, signInAs } from "@/test/route-harness";
import { postAnnouncement } from "../announcements/post-announcement";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { subscribePush } from "./push-subscriptions";

/**
 * Web push end to end against a local push service that does what FCM or Mozilla's does: it refuses a push whose
 * VAPID JWT does not verify, and the test reads the payload only by decrypting it with the browser's own keys.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const pair = webpush.generateVAPIDKeys();
let service: PushService;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  for (const k of ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY", "VAPID_SUBJECT", "PUSH_ALLOW_PRIVATE"])
    saved[k] = process.env[k];
  process.env.VAPID_PUBLIC_KEY = pair.publicKey;
  process.env.VAPID_PRIVATE_KEY = pair.privateKey;
  process.env.VAPID_SUBJECT = "mailto:ops@push-test.example";
  process.env.PUSH_ALLOW_PRIVATE = "1";
  trustPushServiceCertificate(PUSH_SERVICE_CERT);
  service = await startPushService({ publicKey: pair.publicKey });
});

afterAll(async () => {
  trustPushServiceCertificate(undefined);
  await service.close();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const announce = (h: Awaited<ReturnType<typeof seedTicketBuilding>>, emergency = false) =>
  postAnnouncement(h.manager, {
    title: emergency ? "Gas leak" : "Lift service",
    body: emergency ? "Leave by the stairs now." : "The lift is off on Tuesday from 9 to 11.",
    audience: { kind: "building" },
    emergency,
  });

const pushesTo = (path: string) => service.received.filter((r) => r.path === path);

describe("web push", () => {
  it("a notice reaches the person's subscribed browser: VAPID-signed for the service, decryptable only by the browser", async () => {
    const h = await seedTicketBuilding();
    const phone = service.browser("resident-phone");
    signInAs(h.users.resident);
    const created = await callRoute(subscribeRoute.POST, "/api/v1/notifications/push/subscriptions", {
      ...post({ ...phone.subscription, expirationTime: null, label: "Chrome on Android" }),
    });
    expect(created.status).toBe(201);
    const settings = await callRoute(settingsRoute.GET, "/api/v1/notifications/push");
    expect(settings.body).toMatchObject({
      enabled: true,
      publicKey: pair.publicKey,
      devices: [{ id: created.body.device.id, label: "Chrome on Android" }],
    });

    await announce(h);

    expect(service.refused).toEqual([]);
    const [got, ...more] = pushesTo(phone.path);
    expect(more).toEqual([]);
    expect(got.payload).toMatchObject({
      kind: "announcement",
      title: "Lift service",
      body: "The lift is off on Tuesday from 9 to 11.",
      link: "/resident",
    });
    expect(got.claims).toMatchObject({ aud: service.origin, sub: "mailto:ops@push-test.example" });
    expect(got.claims.exp).toBeGreaterThan(Date.now() / 1000);
    expect(Number(got.ttl)).toBeGreaterThan(0);
  });

  it("a person who did not choose push for that kind gets none; an emergency reaches them anyway", async () => {
    const h = await seedTicketBuilding();
    const tablet = service.browser("resident2-tablet");
    await subscribePush(h.resident2, tablet.subscription);
    await putNotificationPrefs({
      buildingId: h.b,
      userId: h.resident2.id,
      prefs: { announcement: { inApp: true, email: false, push: false } },
    });

    await announce(h);
    expect(pushesTo(tablet.path)).toEqual([]);

    await announce(h, true);
    const got = pushesTo(tablet.path);
    expect(got.map((r) => r.payload.title)).toEqual(["Emergency: Gas leak"]);
    expect(got[0].urgency).toBe("high");
    expect(service.refused).toEqual([]);
  });

  it("a browser whose push service answers 410 (unsubscribed, expired) is removed; the person's other device is kept", async () => {
    const h = await seedTicketBuilding();
    const [laptop, phone] = [service.browser("staff-laptop"), service.browser("staff-phone")];
    await subscribePush(h.staff, laptop.subscription);
    await subscribePush(h.staff, phone.subscription);
    service.answer(laptop.path, 410);

    await announce(h);

    const left = await listPushSubscriptions({ buildingId: h.b, userId: h.staff.id });
    expect(left.map((s) => s.endpoint)).toEqual([phone.subscription.endpoint]);
    expect(pushesTo(phone.path)).toHaveLength(1);
  });

  it("never posts to a push endpoint that resolves to a private address unless PUSH_ALLOW_PRIVATE is set", async () => {
    const h = await seedTicketBuilding();
    const inside = service.browser("inside");
    await subscribePush(h.staff, inside.subscription);
    process.env.PUSH_ALLOW_PRIVATE = "0";
    trustPushServiceCertificate(PUSH_SERVICE_CERT); // a fresh agent: no kept-alive socket from earlier tests
    try {
      await announce(h);
    } finally {
      process.env.PUSH_ALLOW_PRIVATE = "1";
    }
    expect(pushesTo(inside.path)).toEqual([]);
    // refused before any request: a failure, not an expired subscription, so the device is kept
    const kept = await listPushSubscriptions({ buildingId: h.b, userId: h.staff.id });
    expect(kept.map((s) => s.endpoint)).toEqual([inside.subscription.endpoint]);
  });

  it("a browser is one person's at a time, and a person removes a device by its id (someone else's is 404)", async () => {
    const h = await seedTicketBuilding();
    const shared = service.browser("shared-desk");
    await subscribePush(h.resident, shared.subscription);
    const moved = await subscribePush(h.resident2, shared.subscription);
    const of = async (a: Actor) => listPushSubscriptions({ buildingId: a.buildingId, userId: a.id });
    expect(await of(h.resident)).toEqual([]);
    expect((await of(h.resident2)).map((s) => s.id)).toEqual([moved.id]);

    signInAs(h.users.resident);
    const notMine = await callRoute(
      subscriptionRoute.DELETE,
      `/api/v1/notifications/push/subscriptions/${moved.id}`,
      {
        method: "DELETE",
        params: { id: moved.id },
      },
    );
    expect(notMine.status).toBe(404);
    signInAs(h.users.resident2);
    const mine = await callRoute(
      subscriptionRoute.DELETE,
      `/api/v1/notifications/push/subscriptions/${moved.id}`,
      {
        method: "DELETE",
        params: { id: moved.id },
      },
    );
    expect(mine.status).toBe(204);
    expect(await of(h.resident2)).toEqual([]);
  });

  it("refuses a plain-http endpoint (422) and guests (403)", async () => {
    const h = await seedTicketBuilding();
    signInAs(h.users.resident);
    const b = service.browser("plain");
    const http = await callRoute(subscribeRoute.POST, "/api/v1/notifications/push/subscriptions", {
      ...post({ ...b.subscription, endpoint: b.subscription.endpoint.replace("https:", "http:") }),
    });
    expect(http.status).toBe(422);

    const today = todayIn("Europe/Lisbon");
    const stay = await createReservation({
      reservation: makeReservation(h.b, h.unit1.id, today, addDays(today, 2), { status: "checked_in" }),
    });
    const guest: Actor = {
      kind: "guest",
      id: guestIdOf(stay.id),
      role: "guest",
      buildingId: h.b,
      unitIds: [h.unit1.id],
      reservationId: stay.id,
    };
    await expect(subscribePush(guest, b.subscription)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("the test service's VAPID check is not vacuous: a JWT signed by another key is refused", () => {
    const other = webpush.generateVAPIDKeys();
    const headers = webpush.getVapidHeaders(
      service.origin,
      "mailto:ops@push-test.example",
      other.publicKey,
      other.privateKey,
      "aes128gcm",
    );
    const forged = headers.Authorization.replace(/k=.*$/, `k=${pair.publicKey}`);
    expect(() => verifyVapid(forged, { origin: service.origin, publicKey: pair.publicKey })).toThrow(
      "bad signature",
    );
    const wrongAudience = webpush.getVapidHeaders(
      "https://elsewhere.example",
      "mailto:ops@push-test.example",
      pair.publicKey,
      pair.privateKey,
      "aes128gcm",
    );
    expect(() =>
      verifyVapid(wrongAudience.Authorization, { origin: service.origin, publicKey: pair.publicKey }),
    ).toThrow(/aud/);
  });
});
