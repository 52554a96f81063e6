import { afterAll, describe, expect, it, vi } from "vitest";
import { findBill, listAllBillsOfUnit } from "@/server/db/bills";
import { listCharges } from "@/server/db/charges";
import { listAllPaymentsOfUnit } from "@/server/db/payments";
import { createTicket } from "@/server/db/tickets";
import { createUser } from "@/server/db/users";
import { extractPdfText } from "@/server/search/pdf-text";
import { applyLateFees } from "@/server/services/billing/apply-late-fees";
import { runBilling } from "@/server/services/billing/run-billing";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { makeTicket, makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, send, signInAs } from "@/test/route-harness";
import { type RunningS3, startS3 } from "../../../../scripts/stack/s3";
import * as lateFees from "../billing/late-fees/route";
import * as schedule from "../billing/schedule/route";
import * as pdf from "../bills/[id]/pdf/route";
import * as payments from "../payments/route";
import * as costs from "../tickets/[id]/costs/route";
import * as ledger from "../units/[id]/ledger/route";
import * as charges from "./route";

/**
 * One-off charges, ticket costs, late fees and credits through the real handlers, on DynamoDB Local and the S3
 * emulator: each charge lands on exactly one bill (also when two runs race for it), a late fee is added once
 * per overdue bill, and an over-payment is spent on the next bill. Expected figures are summed here, by hand.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const bucket = "charges-test";
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(() => emulator.stop());

const b = newBuildingId();
await seedBuilding(b);
const [u1, u2] = await Promise.all([seedUnit(b, "11"), seedUnit(b, "12")]);
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const staff = await createUser({ user: makeUser(b, { role: "staff" }) });
const resident = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u1.id] }) });
const as = (u: { id: string }) => signInAs({ id: u.id, buildingId: b });
const managerActor = { ...userActor(b, "manager"), id: manager.id };

const FEE = 20_000;
const setSchedule = async (lateFee: unknown = null) => {
  as(manager);
  const r = await callRoute(
    schedule.PUT,
    "/api/v1/billing/schedule",
    send("PUT", { monthlyFeeMinor: FEE, dueDay: 5, lateFee }),
  );
  expect(r.status).toBe(200);
};
const charge = (body: Record<string, unknown>) => callRoute(charges.POST, "/api/v1/charges", post(body));
const billOf = async (unitId: string, period: string) =>
  (await listAllBillsOfUnit({ buildingId: b, unitId })).find((x) => x.period === period);
const addCost = (ticketId: string, body: Record<string, unknown>) =>
  callRoute(costs.POST, `/api/v1/tickets/${ticketId}/costs`, { ...post(body), params: { id: ticketId } });

describe("one-off charges", () => {
  it("charges each listed unit once per key; the same key again makes nothing, a changed amount is 409", async () => {
    await setSchedule();
    as(manager);
    const body = {
      unitIds: [u1.id, u2.id],
      kind: "special_assessment",
      label: "Roof repair assessment",
      amountMinor: 12_345,
      idempotencyKey: "assess-roof-0001",
    };
    const first = await charge(body);
    expect(first.status).toBe(201);
    documented("post", "/api/v1/charges", 201)?.parse(first.body);
    expect(first.body.created).toBe(2);
    const again = await charge(body);
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(0);
    expect(again.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
      first.body.items.map((c: { id: string }) => c.id).sort(),
    );
    expect((await charge({ ...body, amountMinor: 1 })).status).toBe(409);
    const pending = await callRoute(charges.GET, "/api/v1/charges?status=pending");
    expect(pending.status).toBe(200);
    documented("get", "/api/v1/charges")?.parse(pending.body);
    expect(pending.body.items).toHaveLength(2);
  });

  it("refuses residents and staff, and units of another building", async () => {
    const body = {
      unitIds: [u1.id],
      kind: "move_in_fee",
      label: "Move-in",
      amountMinor: 5_000,
      idempotencyKey: "movein-0000001",
    };
    as(resident);
    expect((await charge(body)).status).toBe(403);
    as(staff);
    expect((await charge(body)).status).toBe(403);
    as(manager);
    expect((await charge({ ...body, unitIds: ["unit_elsewhere"] })).status).toBe(422);
    expect((await charge({ ...body, kind: "late_fee" })).status).toBe(422);
  });
});

describe("ticket costs", () => {
  it("records labour on the building and materials charged to a unit (a chargeback), once per key", async () => {
    const { ticket, event } = makeTicket(b, { unitId: u1.id });
    await createTicket({ ticket, event });
    as(staff);
    const labour = await addCost(ticket.id, {
      kind: "labour",
      description: "Plumber, 2 h",
      hours: 2,
      amountMinor: 9_000,
      incurredOn: "2026-01-20",
      bornBy: "building",
      idempotencyKey: "cost-labour-001",
    });
    expect(labour.status).toBe(201);
    documented("post", "/api/v1/tickets/{id}/costs", 201)?.parse(labour.body);
    expect(labour.body.cost.chargeId).toBeNull();
    const parts = {
      kind: "materials",
      description: "Tap cartridge",
      amountMinor: 3_333,
      incurredOn: "2026-01-20",
      bornBy: "unit",
      unitId: u1.id,
      idempotencyKey: "cost-parts-0001",
    };
    const first = await addCost(ticket.id, parts);
    expect(first.status).toBe(201);
    expect(first.body.cost.chargeId).toMatch(/^chg_/);
    expect((await addCost(ticket.id, parts)).status).toBe(200);
    expect((await addCost(ticket.id, { ...parts, amountMinor: 1 })).status).toBe(409);
    expect(
      (await addCost(ticket.id, { ...parts, unitId: undefined, idempotencyKey: "cost-bad-00001" })).status,
    ).toBe(422);

    const list = await callRoute(costs.GET, `/api/v1/tickets/${ticket.id}/costs`, {
      params: { id: ticket.id },
    });
    expect(list.status).toBe(200);
    documented("get", "/api/v1/tickets/{id}/costs")?.parse(list.body);
    expect(list.body.costs).toHaveLength(2);
    expect(list.body.totalMinor).toBe(9_000 + 3_333);

    const chargebacks = (await listCharges({ buildingId: b, unitId: u1.id })).items.filter(
      (c) => c.kind === "chargeback",
    );
    expect(chargebacks).toHaveLength(1);
    expect(chargebacks[0]).toMatchObject({ amountMinor: 3_333, ticketId: ticket.id, billId: null });

    as(resident);
    expect((await addCost(ticket.id, { ...parts, idempotencyKey: "cost-res-00001" })).status).toBe(403);
  });
});

describe("billing takes the charges", () => {
  it("puts every waiting charge on the unit's next bill, and on no later bill", async () => {
    const r = await runBilling(managerActor, { period: "2026-01" });
    expect(r.run.bills).toBe(2);
    const bill1 = await billOf(u1.id, "2026-01");
    const bill2 = await billOf(u2.id, "2026-01");
    // unit 11: fee + assessment + chargeback; unit 12: fee + assessment
    expect(bill1?.totalMinor).toBe(20_000 + 12_345 + 3_333);
    expect(bill2?.totalMinor).toBe(20_000 + 12_345);
    expect(bill1?.lines.map((l) => l.amountMinor).reduce((a, x) => a + x, 0)).toBe(bill1?.totalMinor);
    const billed = (await listCharges({ buildingId: b, unitId: u1.id })).items;
    expect(billed.every((c) => c.billId === bill1?.id && c.billedPeriod === "2026-01")).toBe(true);

    await runBilling(managerActor, { period: "2026-02" });
    expect((await billOf(u1.id, "2026-02"))?.totalMinor).toBe(FEE);
    expect((await billOf(u1.id, "2026-02"))?.lines).toHaveLength(1);
  });

  it("two runs for different months racing for the same charges: each charge on exactly one bill", async () => {
    as(manager);
    for (let i = 0; i < 3; i++) {
      const made = await charge({
        unitIds: [u1.id, u2.id],
        kind: "amenity_deposit",
        label: `Hall deposit ${i}`,
        amountMinor: 1_000 + i,
        idempotencyKey: `deposit-race-${i}`,
      });
      expect(made.status).toBe(201);
    }
    await Promise.all([
      runBilling(managerActor, { period: "2026-03" }),
      runBilling(managerActor, { period: "2026-04" }),
      runBilling(managerActor, { period: "2026-04" }),
    ]);
    for (const u of [u1, u2]) {
      const bills = (await listAllBillsOfUnit({ buildingId: b, unitId: u.id })).filter((x) =>
        ["2026-03", "2026-04"].includes(x.period),
      );
      expect(bills).toHaveLength(2);
      const lines = bills.flatMap((x) => x.lines.filter((l) => l.kind === "charge"));
      expect(lines.map((l) => l.label).sort()).toEqual([
        "Hall deposit 0",
        "Hall deposit 1",
        "Hall deposit 2",
      ]);
      const deposits = (await listCharges({ buildingId: b, unitId: u.id })).items.filter(
        (c) => c.kind === "amenity_deposit",
      );
      for (const c of deposits) {
        const holder = bills.find((x) => x.id === c.billId);
        expect(holder?.lines.filter((l) => l.chargeId === c.id)).toHaveLength(1);
      }
      expect(bills.reduce((sum, x) => sum + x.totalMinor, 0)).toBe(2 * FEE + 1_000 + 1_001 + 1_002);
    }
  });
});

describe("late fees", () => {
  it("adds one fixed fee per overdue bill however often the sweep runs; the next bill takes it", async () => {
    await setSchedule({ kind: "fixed", amountMinor: 2_500, afterDays: 10 });
    // every bill so far (Jan–Apr 2026, due on the 5th) is unpaid; January's are late after 2026-01-15
    const early = await applyLateFees(managerActor, { today: "2026-01-15" });
    expect(early.applied).toBe(0);
    const first = await applyLateFees(managerActor, { today: "2026-01-16" });
    expect(first.applied).toBe(2);
    expect((await applyLateFees(managerActor, { today: "2026-01-16" })).applied).toBe(0);
    as(manager);
    const swept = await callRoute(lateFees.POST, "/api/v1/billing/late-fees", post({}));
    expect(swept.status).toBe(200);
    documented("post", "/api/v1/billing/late-fees")?.parse(swept.body);
    // today (the machine's date, after April 2026): February, March and April are late too; January is done
    expect(swept.body.applied).toBe(6);
    expect((await callRoute(lateFees.POST, "/api/v1/billing/late-fees", post({}))).body.applied).toBe(0);
    as(resident);
    expect((await callRoute(lateFees.POST, "/api/v1/billing/late-fees", post({}))).status).toBe(403);

    await runBilling(managerActor, { period: "2026-05" });
    const may = await billOf(u2.id, "2026-05");
    expect(may?.lines.filter((l) => l.kind === "charge").map((l) => l.amountMinor)).toEqual([
      2_500, 2_500, 2_500, 2_500,
    ]);
    expect(may?.totalMinor).toBe(FEE + 4 * 2_500);
  });

  it("a percentage fee is of the balance still owed, rounded half up", async () => {
    await setSchedule({ kind: "percent", basisPoints: 150, afterDays: 0 });
    const may = await billOf(u1.id, "2026-05");
    if (!may) throw new Error("no May bill");
    const swept = await applyLateFees(managerActor, { today: "2026-05-06" });
    expect(swept.applied).toBe(2);
    const fees = (await listCharges({ buildingId: b, unitId: u1.id, status: "pending" })).items;
    const owed = may.totalMinor - may.paidMinor;
    expect(fees.map((c) => c.amountMinor)).toEqual([Math.floor((owed * 150 + 5_000) / 10_000)]);
  });
});

describe("credits", () => {
  it("an over-payment is spent on the next bill, and the ledger still balances to the cent", async () => {
    await setSchedule(null);
    as(manager);
    const owedBefore = (await listAllBillsOfUnit({ buildingId: b, unitId: u2.id })).reduce(
      (sum, x) => sum + x.totalMinor - x.paidMinor,
      0,
    );
    const paid = await callRoute(
      payments.POST,
      "/api/v1/payments",
      post({
        unitId: u2.id,
        amountMinor: owedBefore + 7_777,
        paidOn: "2026-05-20",
        method: "bank_transfer",
        reference: "overpay",
        idempotencyKey: "overpay-u2-0001",
      }),
    );
    expect(paid.status).toBe(201);
    expect(paid.body.payment.unallocatedMinor).toBe(7_777);

    const waiting = (await listCharges({ buildingId: b, unitId: u2.id, status: "pending" })).items;
    const juneTotal = FEE + waiting.reduce((sum, c) => sum + c.amountMinor, 0);
    await runBilling(managerActor, { period: "2026-06" });
    const june = await billOf(u2.id, "2026-06");
    expect(june).toMatchObject({
      totalMinor: juneTotal,
      paidMinor: 7_777,
      creditAppliedMinor: 7_777,
      status: "partial",
    });
    const [payment] = (await listAllPaymentsOfUnit({ buildingId: b, unitId: u2.id })).filter(
      (p) => p.reference === "overpay",
    );
    expect(payment?.unallocatedMinor).toBe(0);
    expect(payment?.allocations.at(-1)).toMatchObject({ billId: june?.id, amountMinor: 7_777 });
    const stored = await findBill({ buildingId: b, billId: june?.id ?? "" });
    expect(stored?.paidMinor).toBe(7_777);

    // the PDF shows the lines (a late fee, a chargeback…), the credit spent and what is left to pay
    as(manager);
    const billId = june?.id ?? "";
    const link = await callRoute(pdf.GET, `/api/v1/bills/${billId}/pdf`, { params: { id: billId } });
    expect(link.status).toBe(200);
    const bytes = new Uint8Array(await (await fetch(link.body.url)).arrayBuffer());
    const text = (await extractPdfText(bytes)).pages.map((p) => p.text).join("\n");
    expect(text).toContain("Credit from earlier payments");
    expect(text).toContain("Balance due");
    expect(text).toContain("77.77");

    const l = await callRoute(ledger.GET, `/api/v1/units/${u2.id}/ledger`, { params: { id: u2.id } });
    expect(l.status).toBe(200);
    expect(l.body.balanceMinor).toBe(juneTotal - 7_777);
  });
});
