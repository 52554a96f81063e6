import { describe, expect, it, vi } from "vitest";
import { auth } from "@/server/auth/auth";
import { listAuditEventsByTarget } from "@/server/db/audit-events";
import { getBuilding } from "@/server/db/buildings";
import { findTurnover } from "@/server/db/turnovers";
import { exportSesHospedajes } from "@/server/services/guest-registration/export-ses-hospedajes";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { seedTicketBuilding } from "@/server/services/shared/test-fixtures";
import { saveStaySettingsAction } from "./save-stay-settings";

/**
 * The settings page's guest-and-stay sections as a browser calls them (Auth.js stubbed, DynamoDB Local): only the
 * building's manager saves; a wrong field comes back by name with nothing written; a saved setting is what the
 * services then read (cleaning before arrival moves the next stay's turnover; Spain with a code makes the export).
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
const signInAs = (user: { id: string; buildingId: string } | null) =>
  vi.mocked(auth as unknown as () => Promise<unknown>).mockResolvedValue(user ? { user, expires: "" } : null);

const s = await seedTicketBuilding();
const other = await seedTicketBuilding();
const spain = {
  turnoverTiming: "before_arrival" as const,
  doorCode: { guestAppUnlock: false },
  guestRegistration: {
    country: "ES" as const,
    establishmentCode: "0000123456",
    paymentType: "TARJT" as const,
    internet: true,
  },
};
const config = async (b = s.b) => (await getBuilding({ buildingId: b })).config;

describe("saveStaySettingsAction", () => {
  it("refuses staff, residents and strangers, and writes nothing", async () => {
    for (const who of [s.users.staff, s.users.resident, null]) {
      signInAs(who);
      const r = await saveStaySettingsAction(spain);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe(who ? "forbidden" : "unauthenticated");
    }
    expect((await config()).guestRegistration.country).toBe("none");
    expect((await config()).turnoverTiming).toBe("after_departure");
  });

  it("names the wrong field and writes nothing: a code SES cannot take, Spain without a code, fields of other sections", async () => {
    signInAs(s.users.manager);
    const before = await config();
    const badCode = await saveStaySettingsAction({
      ...spain,
      guestRegistration: { ...spain.guestRegistration, establishmentCode: "ES-12 34" },
    });
    expect(!badCode.ok && badCode.code).toBe("validation");
    expect(!badCode.ok && Object.keys(badCode.fields ?? {})).toEqual(["guestRegistration.establishmentCode"]);

    const noCode = await saveStaySettingsAction({
      ...spain,
      guestRegistration: { ...spain.guestRegistration, establishmentCode: " " },
    });
    expect(!noCode.ok && Object.keys(noCode.fields ?? {})).toEqual(["guestRegistration.establishmentCode"]);

    const tooLong = await saveStaySettingsAction({
      guestRegistration: { establishmentCode: "12345678901" },
    });
    expect(!tooLong.ok && tooLong.fields?.["guestRegistration.establishmentCode"]).toBeTruthy();

    const wrongEnum = await saveStaySettingsAction({
      turnoverTiming: "whenever" as "before_arrival",
      guestRegistration: { paymentType: "BITCOIN" as "OTRO" },
    });
    expect(!wrongEnum.ok && Object.keys(wrongEnum.fields ?? {}).sort()).toEqual([
      "guestRegistration.paymentType",
      "turnoverTiming",
    ]);

    // the section may change only its own settings
    const smuggled = await saveStaySettingsAction({
      turnoverTiming: "before_arrival",
      doorCode: { guestAppUnlock: true, length: 4 },
      minNights: 9,
    } as never);
    expect(!smuggled.ok && smuggled.code).toBe("validation");
    expect(await config()).toEqual(before);
  });

  it("saves on the manager's own building, audits it, and the services read the new settings", async () => {
    signInAs(s.users.manager);
    await expect(
      exportSesHospedajes(s.manager, { from: "2031-05-01", to: "2031-05-07" }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    const r = await saveStaySettingsAction(spain);
    expect(r.ok).toBe(true);
    const c = await config();
    expect(c.turnoverTiming).toBe("before_arrival");
    expect(c.doorCode).toMatchObject({ guestAppUnlock: false, length: 6, requireIdApproval: false });
    expect(c.guestRegistration).toEqual(spain.guestRegistration);
    expect((await config(other.b)).guestRegistration.country).toBe("none");

    const audit = await listAuditEventsByTarget({ buildingId: s.b, targetType: "building" });
    const event = audit.items.find((x) => x.action === "building.config.update");
    expect(event?.actor).toMatchObject({ id: s.users.manager.id, role: "manager" });
    expect(event?.details).toMatchObject({
      before: { turnoverTiming: "after_departure", guestRegistration: { country: "none" } },
      after: { turnoverTiming: "before_arrival", guestRegistration: { country: "ES" } },
    });

    // cleaning before arrival: the turnover sits on the arrival's date (after departure it was the check-out's)
    const { reservation } = await createReservation(
      s.manager,
      {
        unitId: s.unit1.id,
        checkIn: "2031-05-03",
        checkOut: "2031-05-05",
        guest: { name: "Rui Costa", email: "rui@guest.example" },
        guestCount: 1,
      },
      { source: "portal" },
    );
    expect(await findTurnover({ buildingId: s.b, turnoverId: reservation.id })).toMatchObject({
      date: "2031-05-03",
    });
    // Spain with a code: the authority's file is made, with the code in it and in its name
    const file = await exportSesHospedajes(s.manager, { from: "2031-05-01", to: "2031-05-07" });
    expect(file.filename).toContain("0000123456");
    expect(file.xml).toContain("<codigoEstablecimiento>0000123456</codigoEstablecimiento>");

    // back to after departure: the next stay's turnover is on its check-out date
    expect((await saveStaySettingsAction({ turnoverTiming: "after_departure" })).ok).toBe(true);
    const { reservation: next } = await createReservation(
      s.manager,
      {
        unitId: s.unit2.id,
        checkIn: "2031-05-10",
        checkOut: "2031-05-12",
        guest: { name: "Ana Lima", email: "ana@guest.example" },
        guestCount: 1,
      },
      { source: "portal" },
    );
    expect(await findTurnover({ buildingId: s.b, turnoverId: next.id })).toMatchObject({
      date: "2031-05-12",
    });
    expect((await config()).guestRegistration.country).toBe("ES");
  });
});
