import { describe, expect, it, vi } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import type { PartyMemberInput } from "@/lib/domain/party";
import type { Reservation } from "@/lib/domain/reservation";
import type { Actor } from "@/lib/roles";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { callRoute } from "@/test/route-harness";
import * as exportRoute from "../../../app/api/v1/guest-registrations/ses-hospedajes/route";
import { listAuditEvents } from "../../db/audit-events";
import { updateBuildingConfig } from "../../db/buildings";
import { findPartyRegistration } from "../../db/party-registrations";
import { cancelReservation, createReservation, getReservation } from "../../db/reservations";
import { getCheckin } from "../checkin/get-checkin";
import { exportSesHospedajes } from "./export-ses-hospedajes";
import { getParty } from "./get-party";
import { registerParty } from "./register-party";

/**
 * Registering every guest of a party and Spain's SES.Hospedajes export (issue 17, item 6), against DynamoDB
 * Local through the services and the export route: a bad document is refused by field with nothing stored; the
 * party completes check-in where the building requires it; the export's XML for a sample party is exactly the
 * `altaParteHospedaje` of the spec (v3.1.3), element by element and in the schema's order.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
const seeded = await seedBuilding(b);
await updateBuildingConfig({
  buildingId: b,
  config: buildingConfigSchema.parse({
    ...seeded.config,
    guestRegistration: {
      country: "ES",
      establishmentCode: "0000123456",
      paymentType: "TARJT",
      internet: true,
    },
  }),
});
const unit = await seedUnit(b, "4B");
const staff = await seedToken(b, { role: "staff" });
const done = new Date("2031-04-02T10:00:00Z").toISOString();
let day = 10;
async function stay(over: Partial<Reservation> = {}) {
  const checkIn = `2031-05-${String(day).padStart(2, "0")}`;
  const checkOut = `2031-05-${String(day + 3).padStart(2, "0")}`;
  day += 3;
  return createReservation({
    reservation: makeReservation(b, unit.id, checkIn, checkOut, {
      createdAt: "2031-04-01T09:00:00.000Z",
      checkinProgress: {
        detailsConfirmedAt: done,
        documentsUploadedAt: done,
        documentKeys: [],
        rulesAcceptedAt: done,
      },
      ...over,
    }),
  });
}
const guestOf = (r: Reservation): Actor => ({
  kind: "guest",
  id: `guest:${r.id}`,
  role: "guest",
  buildingId: b,
  unitIds: [r.unitId],
  reservationId: r.id,
});

const ana: PartyMemberInput = {
  firstName: "Ana",
  surname1: "García",
  surname2: "López",
  documentType: "NIF",
  documentNumber: "12345678z",
  documentSupport: "ABC123456",
  birthDate: "1985-03-14",
  nationality: "esp",
  sex: "M",
  address: { line: "Calle Mayor 1, 2º", municipalityCode: "28079", postalCode: "28013", country: "ESP" },
  phone: "+34600111222",
  email: "Ana@Example.es",
};
const leo: PartyMemberInput = {
  firstName: "Leo",
  surname1: "García",
  surname2: "Smith",
  birthDate: "2020-06-01",
  nationality: "GBR",
  sex: "H",
  address: { line: "10 Downing Street", municipalityName: "London", postalCode: "SW1A 2AA", country: "GBR" },
  relationship: "HJ",
};
// as the route or action would parse them
const { partyInputSchema } = await import("@/lib/domain/party");
const party = (...members: PartyMemberInput[]) => partyInputSchema.parse({ members });

describe("registering the party", () => {
  it("a bad document (or a missing guest) is refused by field, and nothing is written", async () => {
    const r = await stay();
    const guest = guestOf(r);
    await expect(
      registerParty(guest, party({ ...ana, documentNumber: "12345678A" }, leo)),
    ).rejects.toMatchObject({
      code: "validation",
      fields: { "members.0.documentNumber": [expect.stringContaining("not a valid DNI/NIF")] },
    });
    await expect(
      registerParty(guest, party({ ...ana, documentType: "NIE", documentNumber: "X1234567A" }, leo)),
    ).rejects.toMatchObject({ fields: { "members.0.documentNumber": [expect.stringContaining("NIE")] } });
    await expect(
      registerParty(guest, party(ana, { ...leo, relationship: undefined, birthDate: "2031-06-01" })),
    ).rejects.toMatchObject({
      fields: { "members.1.birthDate": expect.any(Array) },
    });
    await expect(registerParty(guest, party(ana))).rejects.toMatchObject({
      fields: { members: [expect.stringContaining("all 2 guest(s)")] },
    });
    expect(() => party({ ...ana, nationality: "XXX" })).toThrow();
    expect(await findPartyRegistration({ buildingId: b, reservationId: r.id })).toBeNull();
    const after = await getReservation({ buildingId: b, reservationId: r.id });
    expect(after.checkinProgress.partyRegisteredAt ?? null).toBeNull();
    expect(after.status).toBe("confirmed");
  });

  it("a good party completes check-in where the country requires it, and staff see it (not other guests)", async () => {
    const r = await stay();
    const guest = guestOf(r);
    expect(await getCheckin(guest)).toMatchObject({
      partyRequired: true,
      steps: { party: false },
      complete: false,
    });
    const view = await registerParty(guest, party(ana, leo));
    expect(view).toMatchObject({ steps: { party: true }, complete: true });
    expect((await getReservation({ buildingId: b, reservationId: r.id })).status).toBe("checked_in");
    const seen = await getParty(userActor(b, "staff"), r.id);
    expect(seen?.members.map((m) => m.firstName)).toEqual(["Ana", "Leo"]);
    expect(seen?.members[0]).toMatchObject({
      documentNumber: "12345678Z",
      nationality: "ESP",
      email: "ana@example.es",
    });
    const other = await stay();
    await expect(getParty(guestOf(other), r.id)).rejects.toMatchObject({
      code: expect.stringMatching(/not_found|forbidden/),
    });
    await expect(getParty(userActor(b, "resident"), r.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the SES.Hospedajes export", () => {
  it("gives the spec's altaParteHospedaje XML for the range's registered parties, exactly, and is audited", async () => {
    const from = `2031-05-${String(day).padStart(2, "0")}`;
    const r = await stay();
    await registerParty(guestOf(r), party(ana, leo));
    const unregistered = await stay();
    const cancelled = await stay();
    await cancelReservation({ buildingId: b, reservationId: cancelled.id });
    const to = `2031-05-${String(day - 1).padStart(2, "0")}`;
    await stay(); // arrives after the range

    const res = await callRoute(
      exportRoute.GET,
      `/api/v1/guest-registrations/ses-hospedajes?from=${from}&to=${to}`,
      {
        headers: bearer(staff.secret),
      },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.res.headers.get("content-type")).toContain("application/xml");
    expect(res.res.headers.get("content-disposition")).toContain(
      `parte-viajeros-0000123456-${from}-${to}.xml`,
    );
    expect(res.res.headers.get("x-unregistered-stays")).toBe("1");
    expect(unregistered.id).not.toBe(r.id);
    const expected = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<alt:peticion xmlns:alt="http://www.neg.hospedajes.mir.es/altaParteHospedaje">',
      "<solicitud>",
      "<codigoEstablecimiento>0000123456</codigoEstablecimiento>",
      [
        "<comunicacion>",
        "<contrato>",
        `<referencia>${r.id}</referencia>`,
        "<fechaContrato>2031-04-01</fechaContrato>",
        `<fechaEntrada>${r.checkIn}T15:00:00</fechaEntrada>`,
        `<fechaSalida>${r.checkOut}T11:00:00</fechaSalida>`,
        "<numPersonas>2</numPersonas>",
        "<numHabitaciones>1</numHabitaciones>",
        "<internet>true</internet>",
        "<pago><tipoPago>TARJT</tipoPago></pago>",
        "</contrato>",
        "<persona>",
        "<rol>VI</rol><nombre>Ana</nombre><apellido1>García</apellido1><apellido2>López</apellido2>",
        "<tipoDocumento>NIF</tipoDocumento><numeroDocumento>12345678Z</numeroDocumento>",
        "<soporteDocumento>ABC123456</soporteDocumento>",
        "<fechaNacimiento>1985-03-14</fechaNacimiento><nacionalidad>ESP</nacionalidad><sexo>M</sexo>",
        "<direccion><direccion>Calle Mayor 1, 2º</direccion><codigoMunicipio>28079</codigoMunicipio>",
        "<codigoPostal>28013</codigoPostal><pais>ESP</pais></direccion>",
        "<telefono>+34600111222</telefono><correo>ana@example.es</correo>",
        "</persona>",
        "<persona>",
        "<rol>VI</rol><nombre>Leo</nombre><apellido1>García</apellido1><apellido2>Smith</apellido2>",
        "<fechaNacimiento>2020-06-01</fechaNacimiento><nacionalidad>GBR</nacionalidad><sexo>H</sexo>",
        "<direccion><direccion>10 Downing Street</direccion><nombreMunicipio>London</nombreMunicipio>",
        "<codigoPostal>SW1A 2AA</codigoPostal><pais>GBR</pais></direccion>",
        "<parentesco>HJ</parentesco>",
        "</persona>",
        "</comunicacion>",
      ].join(""),
      "</solicitud>",
      "</alt:peticion>",
    ].join("\n");
    expect(res.text).toBe(expected);

    const audit = (await listAuditEvents({ buildingId: b, limit: 20 })).items.find(
      (e) => e.action === "guestRegistration.export",
    );
    expect(audit).toMatchObject({
      target: { type: "building", id: b },
      details: { format: "ses-hospedajes", from, to, stays: 1, guests: 2, unregistered: 1 },
    });
  });

  it("staff and managers only; a building that does not register for Spain gets 409", async () => {
    await expect(
      exportSesHospedajes(userActor(b, "resident"), { from: "2031-05-01", to: "2031-05-02" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const q = "/api/v1/guest-registrations/ses-hospedajes?from=2031-05-01&to=2031-05-02";
    const b2 = newBuildingId();
    await seedBuilding(b2);
    const other = await seedToken(b2, { role: "manager" });
    expect((await callRoute(exportRoute.GET, q, { headers: bearer(other.secret) })).status).toBe(409);
    const long = "/api/v1/guest-registrations/ses-hospedajes?from=2031-05-01&to=2031-07-01";
    expect((await callRoute(exportRoute.GET, long, { headers: bearer(staff.secret) })).status).toBe(422);
  });
});
