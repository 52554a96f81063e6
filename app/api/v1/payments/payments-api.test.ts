import { describe, expect, it, vi } from "vitest";
import type { Bill } from "@/lib/domain/billing";
import { billIdOf, createBillIfAbsent, listAllBillsOfUnit } from "@/server/db/bills";
import { createUser } from "@/server/db/users";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as ledger from "../units/[id]/ledger/route";
import * as payments from "./route";

/** Payments through the real handlers on DynamoDB Local: counted once per key, oldest bill first, to the cent. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const [u1, u2] = await Promise.all([seedUnit(b, "201"), seedUnit(b, "202")]);
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const holder = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u1.id] }) });
const as = (u: { id: string }) => signInAs({ id: u.id, buildingId: b });

async function bill(unitId: string, period: string, totalMinor: number): Promise<Bill> {
  const id = billIdOf(b, period, unitId);
  const made: Bill = {
    id,
    buildingId: b,
    unitId,
    unitNumber: unitId === u1.id ? "201" : "202",
    period,
    runId: "run_test",
    lines: [{ kind: "monthly_fee", label: null, amountMinor: totalMinor }],
    totalMinor,
    paidMinor: 0,
    currency: "EUR",
    status: "open",
    issuedOn: `${period}-01`,
    dueDate: `${period}-10`,
    locale: "en",
    pdfKey: null,
    emailedAt: null,
    createdAt: new Date().toISOString(),
  };
  await createBillIfAbsent({ bill: made });
  return made;
}
const pay = (unitId: string, amountMinor: number, key: string, paidOn = "2026-03-15") =>
  callRoute(
    payments.POST,
    "/api/v1/payments",
    post({
      unitId,
      amountMinor,
      paidOn,
      method: "bank_transfer",
      reference: `REF-${key}`,
      idempotencyKey: key,
    }),
  );
const ledgerOf = (unitId: string) =>
  callRoute(ledger.GET, `/api/v1/units/${unitId}/ledger`, { params: { id: unitId } });

await bill(u1.id, "2026-01", 10_050);
await bill(u1.id, "2026-02", 10_050);
await bill(u1.id, "2026-03", 10_050);

describe("POST /api/v1/payments", () => {
  it("counts a payment sent twice with the same key once, and pays the oldest bill first", async () => {
    as(manager);
    const first = await pay(u1.id, 15_000, "key-twice-0001");
    expect(first.status).toBe(201);
    documented("post", "/api/v1/payments", 201)?.parse(first.body);
    expect(
      first.body.payment.allocations.map((a: { period: string; amountMinor: number }) => [
        a.period,
        a.amountMinor,
      ]),
    ).toEqual([
      ["2026-01", 10_050],
      ["2026-02", 4_950],
    ]);
    const again = await pay(u1.id, 15_000, "key-twice-0001");
    expect(again.status).toBe(200);
    expect(again.body.payment.id).toBe(first.body.payment.id);
    // the same key sent twice at the same moment: still once
    const [x, y] = await Promise.all([pay(u1.id, 1, "key-race-00001"), pay(u1.id, 1, "key-race-00001")]);
    expect([x.status, y.status].sort()).toEqual([200, 201]);

    const l = await ledgerOf(u1.id);
    expect(l.status).toBe(200);
    documented("get", "/api/v1/units/{id}/ledger")?.parse(l.body);
    // 3 × 100.50 billed, 150.00 + 0.01 paid
    expect(l.body.balanceMinor).toBe(30_150 - 15_001);
    expect(l.body.entries.filter((e: { kind: string }) => e.kind === "payment")).toHaveLength(2);
    const bills = await listAllBillsOfUnit({ buildingId: b, unitId: u1.id });
    const byPeriod = Object.fromEntries(bills.map((x) => [x.period, [x.status, x.paidMinor]]));
    expect(byPeriod).toEqual({
      "2026-01": ["paid", 10_050],
      "2026-02": ["partial", 4_951],
      "2026-03": ["open", 0],
    });
  });

  it("refuses a key reused for a different amount", async () => {
    as(manager);
    expect((await pay(u1.id, 500, "key-reuse-0001")).status).toBe(201);
    expect((await pay(u1.id, 501, "key-reuse-0001")).status).toBe(409);
  });

  it("keeps an over-payment as credit, and concurrent payments never lose a cent", async () => {
    as(manager);
    await bill(u2.id, "2026-01", 3_333);
    await bill(u2.id, "2026-02", 3_333);
    const answers = await Promise.all([1, 2, 3, 4, 5].map((i) => pay(u2.id, 2_000, `key-conc-000${i}`)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    const bills = await listAllBillsOfUnit({ buildingId: b, unitId: u2.id });
    expect(bills.every((x) => x.status === "paid" && x.paidMinor === 3_333)).toBe(true);
    const credit = answers.reduce((sum, a) => sum + a.body.payment.unallocatedMinor, 0);
    expect(credit).toBe(10_000 - 6_666);
    const l = await ledgerOf(u2.id);
    expect(l.body.balanceMinor).toBe(-3_334);
    expect(l.body.entries.at(-1).balanceMinor).toBe(-3_334);
  });

  it("is for managers; a holder reads only their own unit's ledger", async () => {
    as(holder);
    expect((await pay(u1.id, 100, "key-resident-01")).status).toBe(403);
    expect((await ledgerOf(u1.id)).status).toBe(200);
    expect((await ledgerOf(u2.id)).status).toBe(403);
    as(manager);
    expect((await pay("unit_nowhere", 100, "key-nowhere-01")).status).toBe(404);
  });
});
