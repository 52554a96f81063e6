import { describe, expect, it } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { findBuilding, updateBuildingConfig as updateBuildingConfigRecord } from "../db/buildings";
import { revokeCheckinLink } from "../db/checkin-links";
import { hashToken } from "../db/token-hash";
import { updateBuildingConfig } from "../services/building/update-building-config";
import { reissueCheckinLink } from "../services/checkin/reissue-checkin-link";
import { cancelReservation } from "../services/reservations/cancel-reservation";
import { createReservation } from "../services/reservations/create-reservation";
import { authorizeCheckinToken, guestActor } from "./guest-session";
import { endSignedOutSession } from "./session-user";

const b = newBuildingId();
await seedBuilding(b);
const unit = await seedUnit(b, "101");
const manager = userActor(b, "manager");
const staff = userActor(b, "staff");
const tokenOf = (url: string) => url.split("/checkin/")[1] ?? "";
let day = 1;
async function book() {
  const checkIn = `2033-01-${String(day).padStart(2, "0")}`;
  const checkOut = `2033-01-${String(day + 1).padStart(2, "0")}`;
  day += 2;
  const made = await createReservation(
    manager,
    { unitId: unit.id, checkIn, checkOut, guest: { name: "Gus", email: "gus@guest.example" }, guestCount: 1 },
    { source: "portal" },
  );
  return { ...made, token: tokenOf(made.checkInUrl) };
}
const sessionOf = async (token: string) => {
  const user = await authorizeCheckinToken(token);
  return user && { buildingId: b, reservationId: user.reservationId, checkinLinkId: user.checkinLinkId };
};

describe("the checkin credentials provider", () => {
  it("opens a session limited to the link's stay: role guest, its unit, its reservation", async () => {
    const { reservation, token } = await book();
    const user = await authorizeCheckinToken(token);
    expect(user).toMatchObject({
      role: "guest",
      buildingId: b,
      unitIds: [unit.id],
      reservationId: reservation.id,
      email: "gus@guest.example",
    });
    expect(user?.checkinLinkId).toMatch(/^[0-9a-f]{32}$/);
    expect(user?.checkinLinkId).not.toBe(hashToken(token));
    const actor = await guestActor({
      buildingId: b,
      reservationId: reservation.id,
      checkinLinkId: user?.checkinLinkId,
    });
    expect(actor).toMatchObject({
      kind: "guest",
      role: "guest",
      reservationId: reservation.id,
      unitIds: [unit.id],
    });
  });

  it("answers null, the same, for malformed, unknown, expired, revoked, replaced and cancelled links", async () => {
    expect(await authorizeCheckinToken("short")).toBeNull();
    expect(await authorizeCheckinToken("A".repeat(43))).toBeNull();
    expect(await authorizeCheckinToken(undefined)).toBeNull();

    const expired = await book();
    expect(await authorizeCheckinToken(expired.token, new Date("2034-01-01T00:00:00Z"))).toBeNull();

    const revoked = await book();
    const r = revoked.reservation;
    await revokeCheckinLink({ buildingId: b, reservationId: r.id, tokenHash: hashToken(revoked.token) });
    expect(await authorizeCheckinToken(revoked.token)).toBeNull();

    const replaced = await book();
    const fresh = await reissueCheckinLink(staff, replaced.reservation.id);
    expect(await authorizeCheckinToken(replaced.token)).toBeNull();
    expect(await authorizeCheckinToken(tokenOf(fresh.checkInUrl))).not.toBeNull();

    const cancelled = await book();
    await cancelReservation(manager, cancelled.reservation.id);
    expect(await authorizeCheckinToken(cancelled.token)).toBeNull();
  });

  it("ends an open session at once when the link is re-issued, revoked or the stay cancelled", async () => {
    const one = await book();
    const s1 = await sessionOf(one.token);
    expect(await guestActor(s1 ?? { buildingId: b })).not.toBeNull();
    await reissueCheckinLink(staff, one.reservation.id);
    expect(await guestActor(s1 ?? { buildingId: b })).toBeNull();

    const two = await book();
    const s2 = await sessionOf(two.token);
    await cancelReservation(manager, two.reservation.id);
    expect(await guestActor(s2 ?? { buildingId: b })).toBeNull();
    expect(await guestActor({ buildingId: b, reservationId: two.reservation.id })).toBeNull();
  });

  it("a guest who signs out ends that session; the link still opens a new one", async () => {
    const { token } = await book();
    const user = await authorizeCheckinToken(token);
    const session = user && {
      buildingId: b,
      reservationId: user.reservationId,
      checkinLinkId: user.checkinLinkId,
    };
    if (!session || !user) throw new Error("the link did not open a session");
    expect(await guestActor({ ...session, sid: "guest-phone" })).not.toBeNull();
    await endSignedOutSession({ uid: user.id, buildingId: b, role: "guest", sid: "guest-phone" });
    expect(await guestActor({ ...session, sid: "guest-phone" })).toBeNull();
    expect(await guestActor({ ...session, sid: "guest-laptop" })).not.toBeNull();
  });

  it("refuses every link while the building has guest check-in switched off", async () => {
    const { token } = await book();
    const building = await findBuilding({ buildingId: b });
    const config = buildingConfigSchema.parse({ ...building?.config, features: { guestCheckin: false } });
    await updateBuildingConfigRecord({ buildingId: b, config });
    expect(await authorizeCheckinToken(token)).toBeNull();
    await updateBuildingConfigRecord({ buildingId: b, config: buildingConfigSchema.parse({}) });
    expect(await authorizeCheckinToken(token)).not.toBeNull();
  });

  it("ends open guest sessions when the building switches guest check-in off, not only new sign-ins", async () => {
    const { token } = await book();
    const session = await sessionOf(token);
    if (!session) throw new Error("no session");
    expect(await guestActor(session)).not.toBeNull();
    await updateBuildingConfig(manager, { features: { guestCheckin: false } });
    try {
      expect(await guestActor(session)).toBeNull();
    } finally {
      await updateBuildingConfig(manager, { features: { guestCheckin: true } });
    }
    expect(await guestActor(session)).not.toBeNull();
  });
});
