import { afterAll, describe, expect, it, vi } from "vitest";
import { newId as ulid } from "@/lib/domain/ids";
import { formatMoney } from "@/lib/money";
import { createReservation } from "@/server/db/reservations";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { extractPdfText } from "@/server/search/pdf-text";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeReservation, makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, send, signInAs } from "@/test/route-harness";
import { type RunningS3, startS3 } from "../../../../scripts/stack/s3";
import * as pdf from "./pdf/route";
import * as statements from "./route";
import * as settings from "./settings/route";

/**
 * The owner statement as a PDF, on DynamoDB Local and the S3 emulator: the manager's commission settings are
 * validated and applied, the PDF (in the owner's language) prints exactly the JSON statement's figures, and only
 * the unit's owners and the managers get a link.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const bucket = "owner-statement-test";
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(() => emulator.stop());

const b = newBuildingId();
await seedBuilding(b);
const [unit, other] = await Promise.all([seedUnit(b, "501"), seedUnit(b, "502")]);
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const owner = await createUser({ user: makeUser(b, { role: "resident", unitIds: [unit.id], locale: "es" }) });
const tenant = await createUser({ user: makeUser(b, { role: "resident", unitIds: [unit.id] }) });
const otherOwner = await createUser({ user: makeUser(b, { role: "resident", unitIds: [other.id] }) });
await updateUnit({
  buildingId: b,
  unitId: unit.id,
  patch: { ownerIds: [owner.id], residentIds: [tenant.id] },
});
await updateUnit({ buildingId: b, unitId: other.id, patch: { ownerIds: [otherOwner.id] } });
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
for (const r of [
  makeReservation(b, unit.id, "2029-05-02", "2029-05-06", { price: eur(48_011), source: "airbnb" }),
  makeReservation(b, unit.id, "2029-05-10", "2029-05-13", {
    price: eur(30_000),
    source: "booking",
    // an approved late check-out: its fee is the owner's, on a line of its own
    lateCheckOutRequest: {
      id: ulid(),
      kind: "late_check_out",
      time: "13:00",
      fee: eur(1_750),
      status: "approved",
      requestedBy: "guest_x",
      requestedAt: "2029-05-01T10:00:00.000Z",
      decidedBy: "user_x",
      decidedAt: "2029-05-01T11:00:00.000Z",
      reason: null,
    },
  }),
  makeReservation(b, unit.id, "2029-05-30", "2029-06-02", { price: eur(27_500), source: "portal" }),
])
  await createReservation({ reservation: r });

const as = (u: { id: string }) => signInAs({ id: u.id, buildingId: b });
const pdfUrl = (unitId: string) => `/api/v1/owner-statements/pdf?unitId=${unitId}&period=2029-05`;

describe("owner statement settings and PDF", () => {
  it("managers set the commissions (validated); nobody else may", async () => {
    as(manager);
    const before = await callRoute(settings.GET, "/api/v1/owner-statements/settings");
    expect(before.body).toMatchObject({ updatedAt: null, settings: { managementCommissionBps: 1_500 } });
    const bad = await callRoute(
      settings.PUT,
      "/api/v1/owner-statements/settings",
      send("PUT", { managementCommissionBps: 10_001, channelCommissionBps: { airbnb: -1 } }),
    );
    expect(bad.status).toBe(422);
    const put = await callRoute(
      settings.PUT,
      "/api/v1/owner-statements/settings",
      send("PUT", {
        managementCommissionBps: 1_250,
        cleaningFeeMinor: 3_500,
        channelCommissionBps: { airbnb: 300, booking: 1_700 },
      }),
    );
    expect(put.status).toBe(200);
    documented("put", "/api/v1/owner-statements/settings")?.parse(put.body);
    expect(put.body.settings.channelCommissionBps).toMatchObject({
      airbnb: 300,
      booking: 1_700,
      ical: 1_500,
    });
    as(owner);
    expect(
      (
        await callRoute(
          settings.PUT,
          "/api/v1/owner-statements/settings",
          send("PUT", { managementCommissionBps: 0 }),
        )
      ).status,
    ).toBe(403);
  });

  it("prints the JSON statement's figures, to the cent, in the owner's language", async () => {
    as(owner);
    const json = await callRoute(statements.GET, `/api/v1/owner-statements?period=2029-05&unitId=${unit.id}`);
    const st = json.body.items[0];
    // the settings above are applied: 12.5 % management, Booking.com 17 %, 35.00 cleaning for 2 check-outs
    expect(st.cleaningFeesMinor).toBe(7_000);
    expect(st.byChannel.find((l: { source: string }) => l.source === "booking").channelCommissionMinor).toBe(
      5_100,
    );
    const link = await callRoute(pdf.GET, pdfUrl(unit.id));
    expect(link.status).toBe(200);
    documented("get", "/api/v1/owner-statements/pdf")?.parse(link.body);
    expect(link.body.url).toMatch(/X-Amz-Expires=\d+/);
    const bytes = new Uint8Array(await (await fetch(link.body.url)).arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const lines = (await extractPdfText(bytes)).pages.flatMap((p) => p.text.split("\n"));
    const money = (minor: number) => formatMoney(minor, "EUR", "es").replace(/[\u202F\u00A0]/g, " ");
    const lineWith = (label: string) => lines.find((l) => l.includes(label)) ?? "";
    expect(lineWith("Liquidación al propietario")).toBeTruthy();
    expect(lineWith("Bruto de las estancias")).toContain(money(st.grossMinor));
    expect(lineWith("Comisiones de canal")).toContain(money(-st.channelCommissionMinor));
    expect(lineWith("Comisión de gestión (12,5")).toContain(money(-st.managementCommissionMinor));
    expect(lineWith("Limpiezas")).toContain(money(-st.cleaningFeesMinor));
    expect(st.stayTimeFeesMinor).toBe(1_750);
    expect(lineWith("Cargos por entrada anticipada y salida tardía")).toContain(money(st.stayTimeFeesMinor));
    expect(st.netMinor).toBe(
      st.grossMinor +
        st.stayTimeFeesMinor -
        st.channelCommissionMinor -
        st.managementCommissionMinor -
        st.cleaningFeesMinor,
    );
    expect(lineWith("Neto para el propietario")).toContain(money(st.netMinor));
    for (const line of st.byChannel) {
      const row = lineWith(
        line.source === "booking" ? "Booking.com" : line.source === "airbnb" ? "Airbnb" : "BuildingOS",
      );
      expect(row).toContain(money(line.grossMinor));
      expect(row).toContain(money(line.channelCommissionMinor));
    }
    expect(lineWith("Noches alquiladas")).toContain(`${st.nightsLet} de 31`);
  });

  it("is refused to another unit's owner, to a resident who does not own the unit, and to staff", async () => {
    as(otherOwner);
    expect((await callRoute(pdf.GET, pdfUrl(unit.id))).status).toBe(403);
    expect((await callRoute(pdf.GET, pdfUrl(other.id))).status).toBe(200);
    as(tenant);
    expect((await callRoute(pdf.GET, pdfUrl(unit.id))).status).toBe(403);
    const staff = await createUser({ user: makeUser(b, { role: "staff" }) });
    as(staff);
    expect((await callRoute(pdf.GET, pdfUrl(unit.id))).status).toBe(403);
    as(manager);
    expect((await callRoute(pdf.GET, pdfUrl(unit.id))).status).toBe(200);
    expect((await callRoute(pdf.GET, pdfUrl("unit_nope"))).status).toBe(404);
  });
});
