import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import type { Bill } from "@/lib/domain/billing";
import { billIdOf, createBillIfAbsent } from "@/server/db/bills";
import { createReservation } from "@/server/db/reservations";
import { createTicket } from "@/server/db/tickets";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { recordPayment } from "@/server/services/billing/record-payment";
import { FORMULA_CELL } from "@/server/services/reports/finance-csv";
import { addTicketCost } from "@/server/services/ticket-costs/add-ticket-cost";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { makeReservation, makeTicket, makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, signInAs } from "@/test/route-harness";
import * as exportRoute from "./export/route";
import * as report from "./route";

/**
 * The board's finance report through the real handlers on DynamoDB Local. Every expected figure below was
 * worked out by hand from the data seeded here (not by the code under test), to the cent.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const [a, bb, c, d, e] = await Promise.all([
  seedUnit(b, "101"),
  seedUnit(b, "=SUM(A1:A9)"),
  seedUnit(b, "103"),
  seedUnit(b, "@risky"),
  seedUnit(b, "-2+3"),
]);
for (const u of [c, d, e]) await updateUnit({ buildingId: b, unitId: u.id, patch: { rentable: false } });
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const staff = await createUser({ user: makeUser(b, { role: "staff" }) });
const actor = { ...userActor(b, "manager"), id: manager.id };

async function bill(unitId: string, unitNumber: string, period: string, totalMinor: number, dueDate: string) {
  const made: Bill = {
    id: billIdOf(b, period, unitId),
    buildingId: b,
    unitId,
    unitNumber,
    period,
    runId: "run_test",
    lines: [{ kind: "monthly_fee", label: null, amountMinor: totalMinor }],
    totalMinor,
    paidMinor: 0,
    currency: "EUR",
    status: "open",
    issuedOn: `${period}-01`,
    dueDate,
    locale: "en",
    pdfKey: null,
    emailedAt: null,
    createdAt: new Date().toISOString(),
  };
  await createBillIfAbsent({ bill: made });
}
await bill(bb.id, bb.number, "2026-08", 30_000, "2026-08-10");
await bill(a.id, a.number, "2026-09", 30_000, "2026-09-10");
await bill(a.id, a.number, "2026-10", 30_000, "2026-10-10");
await bill(bb.id, bb.number, "2026-10", 30_000, "2026-10-10");
await bill(c.id, c.number, "2026-11", 12_345, "2099-11-10"); // not due yet: no arrears
await bill(d.id, d.number, "2026-11", 100, "2026-11-10");
await bill(e.id, e.number, "2026-11", 100, "2026-11-10");
await bill(a.id, a.number, "2026-07", 99_999, "2026-07-10"); // outside the range: arrears only if owed (it is)
const pay = (unitId: string, amountMinor: number, paidOn: string, key: string) =>
  recordPayment(actor, {
    unitId,
    amountMinor,
    paidOn,
    method: "bank_transfer",
    reference: key,
    idempotencyKey: key,
  });
// A's 40,000 goes to its oldest bill first: July (99,999) takes it all
await pay(a.id, 40_000, "2026-10-15", "report-pay-a-01");
await pay(bb.id, 555, "2026-11-02", "report-pay-b-01");
await pay(bb.id, 1_234, "2026-12-01", "report-pay-b-02"); // after the range: not income of the range
const { ticket, event } = makeTicket(b, { unitId: a.id });
await createTicket({ ticket, event });
await addTicketCost(actor, ticket.id, {
  kind: "labour",
  description: "Electrician",
  amountMinor: 9_000,
  incurredOn: "2026-10-03",
  bornBy: "building",
  idempotencyKey: "report-cost-001",
});
await addTicketCost(actor, ticket.id, {
  kind: "materials",
  description: "Breaker",
  amountMinor: 3_333,
  incurredOn: "2026-11-05",
  bornBy: "unit",
  unitId: a.id,
  idempotencyKey: "report-cost-002",
});
const price = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
for (const r of [
  makeReservation(b, a.id, "2026-10-30", "2026-11-03", { price: price(40_001) }),
  makeReservation(b, bb.id, "2026-11-10", "2026-11-15", { price: price(50_000) }),
  makeReservation(b, bb.id, "2026-11-20", "2026-11-22", { price: price(99_000), status: "cancelled" }),
]) {
  await createReservation({ reservation: r });
}

const as = (u: { id: string }) => signInAs({ id: u.id, buildingId: b });
const get = (qs: string) => callRoute(report.GET, `/api/v1/reports/finance?${qs}`);

describe("GET /api/v1/reports/finance", () => {
  it("gives income, expenses, collection, arrears and short-stay figures to the cent", async () => {
    as(manager);
    const r = await get("from=2026-08&to=2026-11");
    expect(r.status).toBe(200);
    documented("get", "/api/v1/reports/finance")?.parse(r.body);
    const byMonth = Object.fromEntries(r.body.months.map((m: { period: string }) => [m.period, m]));
    expect(byMonth["2026-08"]).toMatchObject({ billedMinor: 30_000, collectedMinor: 0, expensesMinor: 0 });
    expect(byMonth["2026-09"]).toMatchObject({ billedMinor: 30_000, collectedMinor: 0 });
    expect(byMonth["2026-10"]).toEqual({
      period: "2026-10",
      billedMinor: 60_000,
      collectedMinor: 40_000,
      expensesMinor: 9_000,
      chargedToUnitsMinor: 0,
      netMinor: 31_000,
    });
    expect(byMonth["2026-11"]).toEqual({
      period: "2026-11",
      billedMinor: 12_545,
      collectedMinor: 555,
      expensesMinor: 3_333,
      chargedToUnitsMinor: 3_333,
      netMinor: 555 - 3_333,
    });
    expect(r.body.totals).toMatchObject({
      billedMinor: 132_545,
      collectedMinor: 40_555,
      expensesMinor: 12_333,
    });

    // of the range's bills only B's August bill got anything (555 + 1,234 paid since): A's payment went to July
    expect(r.body.collection).toEqual({ billedMinor: 132_545, paidMinor: 1_789, rateBps: 135 });

    // arrears aged from the due dates on the building's date
    const age = (due: string) => Math.round((Date.parse(r.body.asOf) - Date.parse(due)) / 86_400_000);
    const bucketOf = (due: string) => {
      const days = age(due);
      return days <= 30 ? "d1_30" : days <= 60 ? "d31_60" : days <= 90 ? "d61_90" : "d91_plus";
    };
    const rows = Object.fromEntries(
      r.body.arrears.units.map((u: { unitNumber: string }) => [u.unitNumber, u]),
    );
    expect(Object.keys(rows).sort()).toEqual(["-2+3", "101", "=SUM(A1:A9)", "@risky"]);
    expect(rows["101"].totalMinor).toBe(99_999 - 40_000 + 30_000 + 30_000);
    expect(rows["101"][bucketOf("2026-07-10")]).toBeGreaterThanOrEqual(59_999);
    expect(rows["=SUM(A1:A9)"].totalMinor).toBe(30_000 - 555 - 1_234 + 30_000);
    expect(rows["@risky"][bucketOf("2026-11-10")]).toBe(100);
    expect(r.body.arrears.totals.totalMinor).toBe(119_999 + 58_211 + 200);

    const ss = Object.fromEntries(r.body.shortStay.map((m: { period: string }) => [m.period, m]));
    expect(ss["2026-09"]).toMatchObject({ rentableUnits: 2, nightsAvailable: 60, nightsLet: 0, adrMinor: 0 });
    // October: A's nights of 30 and 31 October, 10,001 + 10,000 (the first night takes the odd cent)
    expect(ss["2026-10"]).toEqual({
      period: "2026-10",
      rentableUnits: 2,
      nightsAvailable: 62,
      nightsLet: 2,
      grossMinor: 20_001,
      occupancyBps: 323,
      adrMinor: 10_001,
      revparMinor: 323,
    });
    expect(ss["2026-11"]).toEqual({
      period: "2026-11",
      rentableUnits: 2,
      nightsAvailable: 60,
      nightsLet: 7,
      grossMinor: 70_000,
      occupancyBps: 1_167,
      adrMinor: 10_000,
      revparMinor: 1_167,
    });
  });

  it("refuses staff and residents, a reversed range and more than 24 months", async () => {
    as(staff);
    expect((await get("from=2026-08&to=2026-11")).status).toBe(403);
    as(manager);
    expect((await get("from=2026-11&to=2026-08")).status).toBe(422);
    expect((await get("from=2024-01&to=2026-01")).status).toBe(422);
  });
});

describe("CSV exports", () => {
  it("escapes cells a spreadsheet would run as formulae, and keeps plain numbers as numbers", async () => {
    as(manager);
    const res = await callRoute(
      exportRoute.GET,
      "/api/v1/reports/finance/export?from=2026-08&to=2026-11&table=arrears",
    );
    expect(res.status).toBe(200);
    expect(res.res.headers.get("content-type")).toContain("text/csv");
    const parsed = Papa.parse<string[]>(res.text.replace(/^\uFEFF/, "").trim());
    expect(parsed.data[0]).toEqual([
      "unit",
      "currency",
      "days_1_30",
      "days_31_60",
      "days_61_90",
      "days_91_plus",
      "total",
      "as_of",
    ]);
    const units = parsed.data.slice(1).map((row) => row[0]);
    expect(units.sort()).toEqual(["'-2+3", "'=SUM(A1:A9)", "'@risky", "101"]);
    const total = parsed.data.find((row) => row[0] === "101")?.[6];
    expect(total).toBe("1199.99");

    const monthly = await callRoute(
      exportRoute.GET,
      "/api/v1/reports/finance/export?from=2026-08&to=2026-11&table=monthly",
    );
    const rows = Papa.parse<string[]>(monthly.text.replace(/^\uFEFF/, "").trim()).data;
    // a negative amount is data: not prefixed
    expect(rows.find((row) => row[0] === "2026-11")?.[6]).toBe("-27.78");
  });

  it("the formula rule: = + - @ tab and CR first are escaped, signed numbers are not", () => {
    const csv = Papa.unparse([["=SUM(A1:A2)", "+1+1", "-2+3", "@cmd", "\tx", "-12.50", "+7", "ok"]], {
      escapeFormulae: FORMULA_CELL,
    });
    expect(Papa.parse<string[]>(csv).data[0]).toEqual([
      "'=SUM(A1:A2)",
      "'+1+1",
      "'-2+3",
      "'@cmd",
      "'\tx",
      "-12.50",
      "+7",
      "ok",
    ]);
  });
});
