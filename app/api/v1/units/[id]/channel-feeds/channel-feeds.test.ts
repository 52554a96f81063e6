import { afterAll, describe, expect, it, vi } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { updateBuildingConfig } from "@/server/db/buildings";
import { findChannelFeed } from "@/server/db/channel-feeds";
import { listNights, listReservationsByUnit } from "@/server/db/reservation-queries";
import { pollChannelFeeds } from "@/server/services/channel-feeds/poll-channel-feeds";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { airbnbFeed, bookingFeed, startFeedServer } from "@/test/channel-feed-server";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, send } from "@/test/route-harness";
import * as feedRoute from "../../../channel-feeds/[id]/route";
import * as syncRoute from "../../../channel-feeds/[id]/sync/route";
import * as feedsRoute from "./route";

vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
process.env.CHANNEL_FEEDS_ALLOW_PRIVATE = "1";

const b = newBuildingId();
await seedBuilding(b);
await updateBuildingConfig({
  buildingId: b,
  config: buildingConfigSchema.parse({ cleaningBufferNights: 0 }),
});
const manager = await seedToken(b, { role: "manager" });
const staff = await seedToken(b, { role: "staff" });
const server = await startFeedServer();
afterAll(() => server.close());
const today = todayIn("Europe/Lisbon");
const d = (n: number) => addDays(today, n);

async function addFeed(unitId: string, path: string, channel: string) {
  const res = await callRoute(feedsRoute.POST, `/api/v1/units/${unitId}/channel-feeds`, {
    ...post({ url: server.url(path), channel }, bearer(manager.secret)),
    params: { id: unitId },
  });
  expect(res.status, res.text).toBe(201);
  return res.body.feed as { id: string };
}
const sync = async (feedId: string) => {
  const res = await callRoute(syncRoute.POST, `/api/v1/channel-feeds/${feedId}/sync`, {
    ...post({}, bearer(manager.secret)),
    params: { id: feedId },
  });
  expect(res.status, res.text).toBe(200);
  expect(documented("post", "/api/v1/channel-feeds/{id}/sync")?.safeParse(res.body).success).toBe(true);
  return res.body;
};
const stays = async (unitId: string) =>
  (await listReservationsByUnit({ buildingId: b, unitId, limit: 100 })).items;
const nightsOf = async (unitId: string) =>
  (await listNights({ buildingId: b, unitId, from: d(-1), to: d(60) })).map(
    (n) => `${n.date}:${n.kind}:${n.reservationId ?? "-"}`,
  );

describe("channel feeds: Airbnb and Booking.com exports on a local server become stays", () => {
  it("new bookings become stays with a check-in link; a block blocks; an unchanged feed is a 304; a moved booking moves its nights; a removed one is cancelled", async () => {
    const unit = await seedUnit(b, "201");
    server.set(
      "/airbnb/201.ics",
      airbnbFeed(
        [
          {
            uid: "1418fb94e984-2b6b3f7a3e5b0a4cdd1e9b2a2e1c2d7f@airbnb.com",
            checkIn: d(3),
            checkOut: d(6),
            code: "HMXK4Y9PQR",
          },
          {
            uid: "77aa01b2c3d4-9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b@airbnb.com",
            checkIn: d(10),
            checkOut: d(12),
          },
        ],
        [{ uid: "bb1c2d3e4f50-blocked-owner-use@airbnb.com", checkIn: d(20), checkOut: d(22) }],
      ),
    );
    const feed = await addFeed(unit.id, "/airbnb/201.ics", "airbnb");

    const first = await sync(feed.id);
    expect(first).toMatchObject({ created: 2, updated: 0, cancelled: 0, conflicts: [], notModified: false });
    expect(first.feed).toMatchObject({ status: "ok", lastError: null, channel: "airbnb" });
    const made = (await stays(unit.id)).sort((x, y) => x.checkIn.localeCompare(y.checkIn));
    expect(made.map((r) => [r.checkIn, r.checkOut, r.source, r.status])).toEqual([
      [d(3), d(6), "airbnb", "confirmed"],
      [d(10), d(12), "airbnb", "confirmed"],
    ]);
    expect(made[0].externalId).toBe("1418fb94e984-2b6b3f7a3e5b0a4cdd1e9b2a2e1c2d7f@airbnb.com");
    // the folded DESCRIPTION was unfolded: the whole reservation URL survives
    expect(made[0].channelUrl).toBe("https://www.airbnb.com/hosting/reservations/details/HMXK4Y9PQR");
    expect(made[0].checkinLink?.revoked).toBe(false);
    const [a, c] = made;
    expect(await nightsOf(unit.id)).toEqual([
      `${d(3)}:stay:${a.id}`,
      `${d(4)}:stay:${a.id}`,
      `${d(5)}:stay:${a.id}`,
      `${d(10)}:stay:${c.id}`,
      `${d(11)}:stay:${c.id}`,
      `${d(20)}:block:-`,
      `${d(21)}:block:-`,
    ]);

    // the same feed again: sent If-None-Match, answered 304, nothing touched
    const second = await sync(feed.id);
    expect(second).toMatchObject({ notModified: true, created: 0, updated: 0, cancelled: 0 });
    expect(server.hits.filter((h) => h.path === "/airbnb/201.ics").map((h) => h.status)).toEqual([200, 304]);
    expect((await stays(unit.id)).length).toBe(2);

    // the first booking moves two days later, the second is gone, the block is gone
    server.set(
      "/airbnb/201.ics",
      airbnbFeed([
        {
          uid: "1418fb94e984-2b6b3f7a3e5b0a4cdd1e9b2a2e1c2d7f@airbnb.com",
          checkIn: d(5),
          checkOut: d(8),
          code: "HMXK4Y9PQR",
        },
      ]),
    );
    const third = await sync(feed.id);
    expect(third).toMatchObject({ created: 0, updated: 1, cancelled: 1, conflicts: [] });
    const after = await stays(unit.id);
    expect(after.find((r) => r.id === a.id)).toMatchObject({
      checkIn: d(5),
      checkOut: d(8),
      status: "confirmed",
    });
    const gone = after.find((r) => r.id === c.id);
    expect(gone).toMatchObject({ status: "cancelled" });
    expect(gone?.checkinLink?.revoked).toBe(true);
    expect(await nightsOf(unit.id)).toEqual([
      `${d(5)}:stay:${a.id}`,
      `${d(6)}:stay:${a.id}`,
      `${d(7)}:stay:${a.id}`,
    ]);

    // idempotent on UID: the same content under a new ETag makes nothing new
    server.set(
      "/airbnb/201.ics",
      `${airbnbFeed([
        {
          uid: "1418fb94e984-2b6b3f7a3e5b0a4cdd1e9b2a2e1c2d7f@airbnb.com",
          checkIn: d(5),
          checkOut: d(8),
          code: "HMXK4Y9PQR",
        },
      ])}\r\n`,
    );
    expect(await sync(feed.id)).toMatchObject({ notModified: false, created: 0, updated: 0, cancelled: 0 });
    expect((await stays(unit.id)).length).toBe(2);
  });

  it("a booking on a second channel for nights already held is a conflict: shown on the feed, never written over, and written once the nights are free", async () => {
    const unit = await seedUnit(b, "202");
    const own = await createReservation(
      userActor(b),
      {
        unitId: unit.id,
        checkIn: d(4),
        checkOut: d(7),
        guest: { name: "Direct Guest", email: "direct@guest.example" },
        guestCount: 2,
      },
      { source: "portal" },
    );
    server.set(
      "/airbnb/202.ics",
      airbnbFeed([{ uid: "aa-202-1@airbnb.com", checkIn: d(10), checkOut: d(13) }]),
    );
    server.set(
      "/booking/202.ics",
      bookingFeed([{ uid: "0a1b2c3d4e5f60718293a4b5c6d7e8f9@booking.com", checkIn: d(6), checkOut: d(9) }]),
    );
    const airbnb = await addFeed(unit.id, "/airbnb/202.ics", "airbnb");
    const booking = await addFeed(unit.id, "/booking/202.ics", "booking");
    expect((await sync(airbnb.id)).created).toBe(1);
    const res = await sync(booking.id);
    expect(res.created).toBe(0);
    expect(res.conflicts).toEqual([
      expect.objectContaining({
        uid: "0a1b2c3d4e5f60718293a4b5c6d7e8f9@booking.com",
        checkIn: d(6),
        checkOut: d(9),
        dates: [d(6)],
      }),
    ]);
    // the direct stay keeps its nights; the feed shows the conflict to whoever lists the feeds
    expect(await nightsOf(unit.id)).toContain(`${d(6)}:stay:${own.reservation.id}`);
    const listed = await callRoute(feedsRoute.GET, `/api/v1/units/${unit.id}/channel-feeds`, {
      headers: bearer(staff.secret),
      params: { id: unit.id },
    });
    expect(listed.status).toBe(200);
    const shown = listed.body.feeds.find((f: { id: string }) => f.id === booking.id);
    expect(shown.conflicts.map((x: { uid: string }) => x.uid)).toEqual([
      "0a1b2c3d4e5f60718293a4b5c6d7e8f9@booking.com",
    ]);

    // the direct stay is cancelled: the next sync writes the Booking.com stay and the conflict clears
    const { cancelReservation } = await import("@/server/db/reservations");
    await cancelReservation({ buildingId: b, reservationId: own.reservation.id });
    server.set(
      "/booking/202.ics",
      `${bookingFeed([{ uid: "0a1b2c3d4e5f60718293a4b5c6d7e8f9@booking.com", checkIn: d(6), checkOut: d(9) }])}\r\n`,
    );
    const again = await sync(booking.id);
    expect(again).toMatchObject({ created: 1, conflicts: [] });
    const fromBooking = (await stays(unit.id)).find((r) => r.source === "booking");
    expect(fromBooking).toMatchObject({
      checkIn: d(6),
      checkOut: d(9),
      externalId: "0a1b2c3d4e5f60718293a4b5c6d7e8f9@booking.com",
    });
  });

  it("the poller: two instances polling at once fetch each due feed once; a failing feed shows its error and goes stale", async () => {
    const unit = await seedUnit(b, "203");
    server.set(
      "/airbnb/203.ics",
      airbnbFeed([{ uid: "aa-203-1@airbnb.com", checkIn: d(2), checkOut: d(4) }]),
    );
    const feed = await addFeed(unit.id, "/airbnb/203.ics", "airbnb");
    const before = server.hits.filter((h) => h.path === "/airbnb/203.ics").length;
    server.slow(150);
    const now = new Date();
    await Promise.all([pollChannelFeeds(now, { bridge: null }), pollChannelFeeds(now, { bridge: null })]);
    server.slow(0);
    expect(server.hits.filter((h) => h.path === "/airbnb/203.ics").length - before).toBe(1);
    expect((await stays(unit.id)).length).toBe(1);
    const polled = await findChannelFeed({ buildingId: b, feedId: feed.id });
    // next poll one interval on (15 min ± a fifth)
    const next = Date.parse(polled?.nextPollAt ?? "") - now.getTime();
    expect(next).toBeGreaterThanOrEqual(12 * 60_000);
    expect(next).toBeLessThanOrEqual(18 * 60_000);
    expect(polled?.leaseUntil).toBeNull();

    // a channel answering 404: the error is recorded and shown
    const broken = await addFeed(unit.id, "/missing/203.ics", "other");
    const res = await sync(broken.id);
    expect(res.feed.status).toBe("error");
    expect(res.feed.lastError).toMatchObject({ code: "http", message: "The channel answered HTTP 404." });
    // with no success for four intervals, it is stale
    const later = new Date(Date.now() + 61 * 60_000);
    const { toChannelFeedDTO } = await import("@/lib/domain/channel-feed");
    const stored = await findChannelFeed({ buildingId: b, feedId: broken.id });
    expect(stored && toChannelFeedDTO(stored, 15 * 60_000, later).status).toBe("stale");
  });

  it("only http(s) to public addresses unless CHANNEL_FEEDS_ALLOW_PRIVATE; staff may not add; DELETE removes", async () => {
    const unit = await seedUnit(b, "204");
    const attempt = (url: string, secret = manager.secret) =>
      callRoute(feedsRoute.POST, `/api/v1/units/${unit.id}/channel-feeds`, {
        ...post({ url, channel: "other" }, bearer(secret)),
        params: { id: unit.id },
      });
    expect((await attempt("ftp://example.com/cal.ics")).status).toBe(422);
    expect((await attempt(server.url("/x.ics"), staff.secret)).status).toBe(403);
    process.env.CHANNEL_FEEDS_ALLOW_PRIVATE = "0";
    try {
      for (const url of [
        "http://127.0.0.1:9/cal.ics",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/a.ics",
        "http://10.0.0.8/a.ics",
      ]) {
        const res = await attempt(url);
        expect(res.status, url).toBe(422);
        expect(res.body.error.fields.url).toBeDefined();
      }
    } finally {
      process.env.CHANNEL_FEEDS_ALLOW_PRIVATE = "1";
    }
    const ok = await attempt(server.url("/airbnb/204.ics"));
    expect(ok.status).toBe(201);
    // a stored feed whose host turns private is refused at fetch time too
    process.env.CHANNEL_FEEDS_ALLOW_PRIVATE = "0";
    try {
      const res = await sync(ok.body.feed.id);
      expect(res.feed.lastError).toMatchObject({ code: "address" });
    } finally {
      process.env.CHANNEL_FEEDS_ALLOW_PRIVATE = "1";
    }
    const del = await callRoute(feedRoute.DELETE, `/api/v1/channel-feeds/${ok.body.feed.id}`, {
      ...send("DELETE", undefined, bearer(manager.secret)),
      params: { id: ok.body.feed.id },
    });
    expect(del.status).toBe(204);
    expect(await findChannelFeed({ buildingId: b, feedId: ok.body.feed.id })).toBeNull();
  });
});
