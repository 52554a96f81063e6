import { describe, expect, it } from "vitest";
import type { Bill, BillingSchedule } from "@/lib/domain/billing";
import { putBillingSchedule } from "@/server/db/billing";
import { billIdOf, createBillIfAbsent } from "@/server/db/bills";
import { listUnbilledCharges } from "@/server/db/charges";
import { listOutboxEmails } from "@/server/db/outbox";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { sweepBilling } from "./sweep-billing";

/**
 * The hourly money job on DynamoDB Local: reminders on the building's days, each step of each bill sent once
 * even with two runners at the same moment (as two instances), in each holder's language; the late-fee sweep
 * once per building-day. The clock is passed in.
 */
const b = newBuildingId();
await seedBuilding(b);
const [u1, u2, u3] = await Promise.all([seedUnit(b, "11"), seedUnit(b, "12"), seedUnit(b, "13")]);
const ana = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u1.id], locale: "es" }) });
const ben = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u1.id] }) });
const cy = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u2.id], locale: "pt-BR" }) });
await updateUnit({ buildingId: b, unitId: u1.id, patch: { residentIds: [ana.id, ben.id] } });
await updateUnit({ buildingId: b, unitId: u2.id, patch: { residentIds: [cy.id] } });
await updateUnit({ buildingId: b, unitId: u3.id, patch: { residentIds: [cy.id] } });

const schedule: BillingSchedule = {
  buildingId: b,
  mode: "fixed",
  monthlyFeeMinor: 10_000,
  monthlyBudgetMinor: null,
  shares: null,
  dueDay: 10,
  paymentInstructions: "",
  lateFee: { kind: "fixed", amountMinor: 2_500, afterDays: 5 },
  reminderDays: [3, 10],
  currency: "EUR",
  updatedAt: new Date().toISOString(),
  updatedBy: "test",
};
await putBillingSchedule({ schedule });
const bill = (unitId: string, period: string, dueDate: string, paidMinor = 0): Bill => ({
  id: billIdOf(b, period, unitId),
  buildingId: b,
  unitId,
  unitNumber: unitId === u1.id ? "11" : unitId === u2.id ? "12" : "13",
  period,
  runId: "run_test",
  lines: [{ kind: "monthly_fee", label: null, amountMinor: 10_000 }],
  totalMinor: 10_000,
  paidMinor,
  currency: "EUR",
  status: paidMinor >= 10_000 ? "paid" : "open",
  issuedOn: `${period}-01`,
  dueDate,
  locale: "en",
  pdfKey: null,
  emailedAt: null,
  createdAt: new Date().toISOString(),
});
// on 2027-05-14 (Lisbon): unit 11's bill is 4 days overdue, unit 12's 12 days, unit 13's is paid
await createBillIfAbsent({ bill: bill(u1.id, "2027-05", "2027-05-10") });
await createBillIfAbsent({ bill: bill(u2.id, "2027-04", "2027-05-02") });
await createBillIfAbsent({ bill: bill(u3.id, "2027-04", "2027-04-10", 10_000) });
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const reminders = async () =>
  (await listOutboxEmails({ buildingId: b, limit: 100 })).items.filter((e) => e.kind === "bill_reminder");

describe("the billing job: reminders and late fees", () => {
  it("two runners at once send each bill's reminder step once, in each holder's language", async () => {
    const runs = await Promise.all([1, 2].map(() => sweepBilling(at("2027-05-14"), { buildingIds: [b] })));
    expect(runs.reduce((n, r) => n + r.reminders, 0)).toBe(3);
    expect(runs.reduce((n, r) => n + r.lateFees, 0)).toBe(1); // unit 12's, by one runner
    const sent = await reminders();
    // unit 11 (step 3): Ana in Spanish and Ben in English; unit 12 (step 10, not 3 as well): Cy in Portuguese
    expect(sent).toHaveLength(3);
    const to = (u: { email: string }) => sent.find((e) => e.to === u.email);
    expect(to(ana)?.subject).toMatch(/la factura de la unidad 11 .* está vencida/);
    expect(to(ana)?.text).toContain("4 días de retraso");
    expect(to(ben)?.subject).toMatch(/the bill of unit 11 for May 2027 is overdue/);
    expect(to(cy)?.subject).toMatch(/a cobrança da unidade 12 .* está vencida/);
    expect(to(cy)?.text).toContain("12 dias de atraso");

    // later the same day, and again at once: nothing new
    await Promise.all([1, 2].map(() => sweepBilling(at("2027-05-14"), { buildingIds: [b] })));
    expect(await reminders()).toHaveLength(3);
  });

  it("sends the next step when a bill reaches it, once", async () => {
    await Promise.all([1, 2].map(() => sweepBilling(at("2027-05-20"), { buildingIds: [b] })));
    const sent = await reminders();
    expect(sent).toHaveLength(5); // unit 11 reached 10 days: Ana and Ben again; unit 12 has had its step 10
    expect(sent.filter((e) => e.to === cy.email)).toHaveLength(1);
  });

  it("applies late fees once per building-day across runners, each a charge worded by code", async () => {
    // the first test's day already swept: unit 12 (12 days > 5) got its fee; unit 11 (4 days) none then
    const fees = async (unitId: string) =>
      (await listUnbilledCharges({ buildingId: b, unitId })).filter((c) => c.kind === "late_fee");
    expect(await fees(u2.id)).toHaveLength(1);
    expect(await fees(u1.id)).toHaveLength(1); // from the 2027-05-20 run: 10 days > 5
    const [fee] = await fees(u2.id);
    expect(fee).toMatchObject({
      amountMinor: 2_500,
      labelCode: "late_fee",
      labelParams: { period: "2027-04" },
    });
    const runs = await Promise.all([1, 2].map(() => sweepBilling(at("2027-05-21"), { buildingIds: [b] })));
    expect(runs.map((r) => r.lateFees)).toEqual([0, 0]); // each bill already has its fee
    // a bill overdue by more than 5 days appears later that day: the day was claimed, so it waits for tomorrow
    await createBillIfAbsent({ bill: bill(u3.id, "2027-05", "2027-05-01") });
    await sweepBilling(at("2027-05-21"), { buildingIds: [b] });
    expect(await fees(u3.id)).toHaveLength(0);
    const next = await sweepBilling(at("2027-05-22"), { buildingIds: [b] });
    expect(next.lateFees).toBe(1);
    expect(await fees(u3.id)).toHaveLength(1);
  });
});
