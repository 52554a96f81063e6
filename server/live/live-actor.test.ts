import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/roles";
import { seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { authorizeCheckinToken, guestActor } from "../auth/guest-session";
import { tokenActor } from "../auth/token-actor";
import { revokeApiToken } from "../db/api-tokens";
import { revokeCheckinLink } from "../db/checkin-links";
import { hashToken } from "../db/token-hash";
import { createUser, updateUser } from "../db/users";
import { signOutEverywhere } from "../services/account/sign-out-everywhere";
import { updateBuildingConfig } from "../services/building/update-building-config";
import { createReservation } from "../services/reservations/create-reservation";
import { actorOf } from "../services/shared/test-fixtures";
import { liveRecheck, liveViewOf } from "./live-actor";
import { liveEventStream } from "./live-stream";
import { liveListenerCount } from "./live-updates";

// the live route reads the guest's session once; these tests pass the credentials themselves
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

/** The live stream's re-check against the real table: what ends a watcher's access, as a new request would. */
const b = newBuildingId();
await seedBuilding(b);
const unit = await seedUnit(b, "101");
const manager = userActor(b, "manager");

let day = 1;
async function guestSession() {
  const checkIn = `2034-02-${String(day).padStart(2, "0")}`;
  const checkOut = `2034-02-${String(day + 1).padStart(2, "0")}`;
  day += 2;
  const made = await createReservation(
    manager,
    { unitId: unit.id, checkIn, checkOut, guest: { name: "Gus", email: "gus@guest.example" }, guestCount: 1 },
    { source: "portal" },
  );
  const token = made.checkInUrl.split("/checkin/")[1] ?? "";
  const user = await authorizeCheckinToken(token);
  const session = { buildingId: b, reservationId: made.reservation.id, checkinLinkId: user?.checkinLinkId };
  const actor = (await guestActor(session)) as Actor;
  return { actor, token, session };
}

describe("liveRecheck", () => {
  it("ends a disabled staff member's stream within the re-check interval", async () => {
    const user = await createUser({ user: makeUser(b, { role: "staff" }) });
    const actor = actorOf(user);
    const recheck = liveRecheck(actor, {});
    expect((await recheck())?.actor).toMatchObject({ id: user.id, role: "staff" });

    const abort = new AbortController();
    const stream = liveEventStream(actor, {
      signal: abort.signal,
      ownDeviceIds: (await liveViewOf(actor)).ownDeviceIds,
      recheck,
      recheckMs: 50,
    });
    const reader = stream.getReader();
    await reader.read(); // ready
    expect(liveListenerCount(b)).toBe(1);
    await updateUser({ buildingId: b, userId: user.id, patch: { status: "disabled" } });
    const started = Date.now();
    while (!(await reader.read()).done);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(liveListenerCount(b)).toBe(0);
    abort.abort();
  });

  it("follows a role change: a staff member made resident keeps only a resident's view", async () => {
    const user = await createUser({ user: makeUser(b, { role: "staff" }) });
    const recheck = liveRecheck(actorOf(user), {});
    await updateUser({ buildingId: b, userId: user.id, patch: { role: "resident", unitIds: [] } });
    expect((await recheck())?.actor).toMatchObject({ role: "resident", unitIds: [] });
  });

  it("answers null once the person signs out of all devices (the session's version is behind)", async () => {
    const user = await createUser({ user: makeUser(b, { role: "staff" }) });
    const actor = actorOf(user);
    await signOutEverywhere(actor); // signed out everywhere once, then signed in again: a session at version 1
    const recheck = liveRecheck(actor, { sessionVersion: 1 });
    expect(await recheck()).not.toBeNull();
    await signOutEverywhere(actor);
    expect(await recheck()).toBeNull();
  });

  it("answers null once an API token is revoked", async () => {
    const { token, secret } = await seedToken(b, { role: "manager" });
    const actor = await tokenActor(secret);
    const recheck = liveRecheck(actor, { bearer: secret });
    expect(await recheck()).not.toBeNull();
    await revokeApiToken({ buildingId: b, tokenId: token.id });
    expect(await recheck()).toBeNull();
    expect(await liveRecheck(actor, {})()).toBeNull(); // no credentials, no view
  });

  it("answers null once the guest's link is revoked, or guest check-in is switched off", async () => {
    const revoked = await guestSession();
    const recheck = liveRecheck(revoked.actor, { checkinLinkId: revoked.session.checkinLinkId });
    expect((await recheck())?.actor).toMatchObject({ kind: "guest", unitIds: [unit.id] });
    await revokeCheckinLink({
      buildingId: b,
      reservationId: revoked.actor.reservationId ?? "",
      tokenHash: hashToken(revoked.token),
    });
    expect(await recheck()).toBeNull();

    const open = await guestSession();
    const again = liveRecheck(open.actor, { checkinLinkId: open.session.checkinLinkId });
    expect(await again()).not.toBeNull();
    await updateBuildingConfig(manager, { features: { guestCheckin: false } });
    try {
      expect(await again()).toBeNull();
    } finally {
      await updateBuildingConfig(manager, { features: { guestCheckin: true } });
    }
  });
});
