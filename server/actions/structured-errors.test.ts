import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { auth } from "@/server/auth/auth";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { toSafeError } from "../errors";
import { createReservationAction } from "./create-reservation";
import { updatePersonAction } from "./update-person";

/**
 * A failed action carries what the page needs to word it in `details`, so no page reads the English message:
 * the nights already taken on a booking conflict, the reason for refusing to lose the last manager (Auth.js stubbed).
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
const signInAs = (user: { id: string; buildingId: string }) =>
  vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue({ user, expires: "" });

const s = await seedTicketBuilding();
const booking = (checkIn: string, checkOut: string) => {
  const f = new FormData();
  for (const [k, v] of Object.entries({
    unitId: s.unit1.id,
    checkIn,
    checkOut,
    guestName: "Guest",
    guestEmail: "guest@guest.example",
    guestCount: "1",
  }))
    f.set(k, v);
  return f;
};

describe("details in a failed Result", () => {
  it("a booking conflict names the nights already taken", async () => {
    signInAs(s.users.manager);
    expect(await createReservationAction(null, booking("2035-03-03", "2035-03-06"))).toMatchObject({
      ok: true,
    });
    const r = await createReservationAction(null, booking("2035-03-01", "2035-03-05"));
    expect(r).toMatchObject({
      ok: false,
      code: "conflict",
      details: { dates: ["2035-03-03", "2035-03-04"] },
    });
  });

  it("refusing to demote the last manager says why", async () => {
    signInAs(s.users.manager);
    const r = await updatePersonAction({ userId: s.users.manager.id, role: "staff", unitIds: [] });
    expect(r).toMatchObject({ ok: false, code: "conflict", details: { reason: "last_manager" } });
  });

  it("only allow-listed details leave the server", () => {
    const e = new AppError("conflict", "x", {
      details: {
        email: "a@b.example",
        reason: "made_up",
        dates: [1],
        numbers: ["101"],
        retryAfterSeconds: 2.2,
      },
    });
    expect(toSafeError(e).details).toEqual({ numbers: ["101"], retryAfterSeconds: 3 });
    expect(
      toSafeError(new AppError("conflict", "x", { details: { email: "a@b.example" } })),
    ).not.toHaveProperty("details");
  });
});
