import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { listArrivals, listDepartures, listNights, listReservationsByUnit } from "./reservation-queries";
import {
  blockNights,
  cancelReservation,
  createReservation,
  findReservationByCheckinTokenHash,
  getReservation,
  replaceCheckinLink,
  updateReservation,
} from "./reservations";

const b = newBuildingId();

describe("reservations: no double booking, by the database", () => {
  it("lets exactly one of 10 concurrent overlapping stays through", async () => {
    const unitId = "unit_race";
    const stays = Array.from({ length: 10 }, (_, i) =>
      makeReservation(b, unitId, `2026-12-0${1 + (i % 3)}`, `2026-12-0${5 + (i % 3)}`),
    );
    const results = await Promise.allSettled(stays.map((reservation) => createReservation({ reservation })));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(AppError);
        expect(r.reason.code).toBe("conflict");
        expect(r.reason.details.dates.length).toBeGreaterThan(0);
      }
    }
    const winner = (ok[0] as PromiseFulfilledResult<{ checkIn: string; checkOut: string }>).value;
    const nights = await listNights({ buildingId: b, unitId, from: "2026-11-01", to: "2027-01-01" });
    expect(nights.map((n) => n.date)).toEqual(
      Array.from({ length: 4 }, (_, i) => `2026-12-0${Number(winner.checkIn.slice(-1)) + i}`),
    );
  });

  it("names the nights already booked", async () => {
    const unitId = "unit_named";
    await createReservation({ reservation: makeReservation(b, unitId, "2026-12-03", "2026-12-05") });
    const err = await createReservation({
      reservation: makeReservation(b, unitId, "2026-12-01", "2026-12-04"),
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("conflict");
    expect(err.message).toContain("already booked: 2026-12-03");
    expect(err.details).toEqual({ dates: ["2026-12-03"] });
    const wide = await createReservation({
      reservation: makeReservation(b, unitId, "2026-12-02", "2026-12-08"),
    }).catch((e) => e);
    expect(wide.message).toContain("2026-12-03, 2026-12-04");
    expect(wide.details.dates).toEqual(["2026-12-03", "2026-12-04"]);
  });

  it("accepts adjacent stays [a,b) and [b,c)", async () => {
    const unitId = "unit_adjacent";
    await createReservation({ reservation: makeReservation(b, unitId, "2027-01-10", "2027-01-12") });
    await createReservation({ reservation: makeReservation(b, unitId, "2027-01-12", "2027-01-15") });
    await createReservation({ reservation: makeReservation(b, unitId, "2027-01-08", "2027-01-10") });
    const nights = await listNights({ buildingId: b, unitId, from: "2027-01-01", to: "2027-02-01" });
    expect(nights).toHaveLength(7);
  });

  it("frees the nights on cancel so the same dates can be booked again", async () => {
    const unitId = "unit_cancel";
    const first = await createReservation({
      reservation: makeReservation(b, unitId, "2027-02-01", "2027-02-04"),
    });
    await expect(
      createReservation({ reservation: makeReservation(b, unitId, "2027-02-01", "2027-02-04") }),
    ).rejects.toMatchObject({ code: "conflict" });
    const cancelled = await cancelReservation({ buildingId: b, reservationId: first.id });
    expect(cancelled.status).toBe("cancelled");
    expect(await listNights({ buildingId: b, unitId, from: "2027-02-01", to: "2027-02-04" })).toEqual([]);
    const again = await createReservation({
      reservation: makeReservation(b, unitId, "2027-02-01", "2027-02-04"),
    });
    expect((await getReservation({ buildingId: b, reservationId: again.id })).status).toBe("confirmed");
    // the cancelled stay left arrivals but stays in the unit's history
    const arrivals = await listArrivals({ buildingId: b, from: "2027-02-01", to: "2027-02-01" });
    expect(arrivals.items.map((r) => r.id)).toEqual([again.id]);
    const history = await listReservationsByUnit({ buildingId: b, unitId });
    expect(history.items.map((r) => r.status).sort()).toEqual(["cancelled", "confirmed"]);
  });

  it("holds cleaning buffer nights after check-out", async () => {
    const unitId = "unit_buffer";
    await createReservation({
      reservation: makeReservation(b, unitId, "2027-03-01", "2027-03-03", { bufferNights: 1 }),
    });
    const err = await createReservation({
      reservation: makeReservation(b, unitId, "2027-03-03", "2027-03-05"),
    }).catch((e) => e);
    expect(err.details).toEqual({ dates: ["2027-03-03"] });
    const nights = await listNights({ buildingId: b, unitId, from: "2027-03-01", to: "2027-03-10" });
    expect(nights.map((n) => n.kind)).toEqual(["stay", "stay", "buffer"]);
  });

  it("refuses stays over a manager's block", async () => {
    const unitId = "unit_block";
    await blockNights({ buildingId: b, unitId, dates: ["2027-04-02"] });
    await expect(
      createReservation({ reservation: makeReservation(b, unitId, "2027-04-01", "2027-04-03") }),
    ).rejects.toMatchObject({ code: "conflict", details: { dates: ["2027-04-02"] } });
  });
});

describe("reservations: lookups and lists", () => {
  it("finds a reservation by its check-in token hash, and only by the current one", async () => {
    const link = {
      tokenHash: `h-${b}-0000000001`,
      expiresAt: "2027-06-01T00:00:00.000Z",
      revoked: false,
      createdAt: new Date().toISOString(),
    };
    const r = await createReservation({
      reservation: makeReservation(b, "unit_link", "2027-05-01", "2027-05-03", { checkinLink: link }),
    });
    expect((await findReservationByCheckinTokenHash({ tokenHash: link.tokenHash }))?.id).toBe(r.id);
    expect(await findReservationByCheckinTokenHash({ tokenHash: "unknown-hash-000000" })).toBeNull();
    const next = { ...link, tokenHash: `h-${b}-0000000002` };
    await replaceCheckinLink({ buildingId: b, reservationId: r.id, link: next });
    expect(await findReservationByCheckinTokenHash({ tokenHash: link.tokenHash })).toBeNull();
    expect((await findReservationByCheckinTokenHash({ tokenHash: next.tokenHash }))?.id).toBe(r.id);
  });

  it("lists arrivals and departures by date and a unit's stays overlapping a range", async () => {
    const bb = newBuildingId();
    const a = await createReservation({ reservation: makeReservation(bb, "u1", "2027-07-01", "2027-07-05") });
    const c = await createReservation({ reservation: makeReservation(bb, "u2", "2027-07-03", "2027-07-04") });
    await createReservation({ reservation: makeReservation(bb, "u1", "2027-07-10", "2027-07-12") });
    expect(
      (await listArrivals({ buildingId: bb, from: "2027-07-01", to: "2027-07-03" })).items.map((r) => r.id),
    ).toEqual([a.id, c.id]);
    expect(
      (await listDepartures({ buildingId: bb, from: "2027-07-04", to: "2027-07-04" })).items.map((r) => r.id),
    ).toEqual([c.id]);
    const overlapping = await listReservationsByUnit({
      buildingId: bb,
      unitId: "u1",
      from: "2027-07-04",
      to: "2027-07-10",
    });
    expect(overlapping.items.map((r) => r.id)).toEqual([a.id]);
  });

  it("makes status transitions conditional", async () => {
    const r = await createReservation({
      reservation: makeReservation(b, "unit_status", "2027-08-01", "2027-08-02"),
    });
    const checkedIn = await updateReservation({
      buildingId: b,
      reservationId: r.id,
      patch: { status: "checked_in" },
      expectedStatus: "confirmed",
    });
    expect(checkedIn.status).toBe("checked_in");
    await expect(
      updateReservation({
        buildingId: b,
        reservationId: r.id,
        patch: { status: "checked_in" },
        expectedStatus: "confirmed",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      updateReservation({ buildingId: b, reservationId: "nope", patch: { guestCount: 1 } }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
