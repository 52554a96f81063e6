import { describe, expect, it, vi } from "vitest";
import { authorizeCheckinToken, guestActor } from "@/server/auth/guest-session";
import { listOutboxEmails } from "@/server/db/outbox";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, send } from "@/test/route-harness";
import * as reservations from "./route";

/**
 * Issue 8: a stay booked with the guest's language carries it: the check-in email is written in it, and the
 * guest's session (whose actor i18n/request.ts ranks as the reservation's language) has it.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const a = newBuildingId();
await seedBuilding(a); // an en-US building
const unit = await seedUnit(a, "101");
const manager = await seedToken(a, { role: "manager" });

async function book(checkIn: string, checkOut: string, over: object = {}) {
  const email = `guest.${checkIn}@guest.example`;
  const { res, body } = await callRoute(
    reservations.POST,
    "/api/v1/reservations",
    send(
      "POST",
      { unitId: unit.id, checkIn, checkOut, guest: { name: "Lucía Huésped", email }, guestCount: 1, ...over },
      bearer(manager.secret),
    ),
  );
  return { res, body, email };
}

async function emailTo(address: string) {
  const page = await listOutboxEmails({ buildingId: a, limit: 100 });
  return page.items.find((m) => m.to === address);
}

describe("a reservation's guest language", () => {
  it("is stored, used for the check-in email, and carried by the guest's session", async () => {
    const { res, body, email } = await book("2032-05-10", "2032-05-13", { guestLocale: "es" });
    expect(res.status).toBe(201);
    expect(body.reservation.guestLocale).toBe("es");

    const mail = await emailTo(email);
    expect(mail?.subject).toBe(`Tu estancia en Building ${a.slice(-4)}: haz el check-in en línea`);
    expect(mail?.text).toContain("Hola, Lucía Huésped:");
    expect(mail?.text).toContain("del lun, 10 de mayo de 2032 al jue, 13 de mayo de 2032");
    expect(mail?.text).not.toContain(body.checkInUrl);
    expect(mail?.fullText).toContain(body.checkInUrl);

    const token = new URL(body.checkInUrl).pathname.split("/").pop();
    const user = await authorizeCheckinToken(token);
    expect(user).not.toBeNull();
    const actor = await guestActor({
      buildingId: a,
      reservationId: user?.reservationId,
      checkinLinkId: user?.checkinLinkId,
    });
    expect(actor?.kind).toBe("guest");
    expect(actor?.locale).toBe("es");
  });

  it("in Brazilian Portuguese too; without one, the email is in the building's language", async () => {
    const pt = await book("2032-06-10", "2032-06-12", { guestLocale: "pt-BR" });
    expect(pt.res.status).toBe(201);
    expect((await emailTo(pt.email))?.subject).toMatch(/^Sua estadia em /);

    const none = await book("2032-07-10", "2032-07-12");
    expect(none.res.status).toBe(201);
    expect(none.body.reservation.guestLocale).toBeUndefined();
    expect((await emailTo(none.email))?.subject).toMatch(/^Your stay at /);
  });

  it("refuses a language we do not speak, naming the field, and books nothing", async () => {
    const { res, body, email } = await book("2032-08-10", "2032-08-12", { guestLocale: "fr" });
    expect(res.status).toBe(422);
    expect(Object.keys(body.error.fields)).toContain("guestLocale");
    expect(await emailTo(email)).toBeUndefined();
  });
});
