import { afterEach, describe, expect, it, vi } from "vitest";
import type { Bill } from "@/lib/domain/billing";
import { billIdOf, createBillIfAbsent, findBill } from "@/server/db/bills";
import { listAllPaymentsOfUnit } from "@/server/db/payments";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { LocalCheckoutDouble, openSession } from "@/server/payments/local-checkout-double";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as pay from "../bills/[id]/pay/route";
import * as webhook from "./webhook/route";

/**
 * Card payments end to end on DynamoDB Local: a resident's Pay starts the local double's checkout, the double
 * completes it by posting a Stripe-signed event to the real webhook route (verified by the Stripe SDK), and the
 * payment is allocated like a manager's. A wrong signature changes nothing; a replayed event records nothing new.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));
afterEach(() => vi.unstubAllEnvs());

const b = newBuildingId();
await seedBuilding(b);
const [u101, u102] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102")]);
const ana = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u101.id] }) });
const bo = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u102.id] }) });
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
await updateUnit({ buildingId: b, unitId: u101.id, patch: { residentIds: [ana.id] } });

const bill = (unitId: string, period: string, totalMinor: number): Bill => ({
  id: billIdOf(b, period, unitId),
  buildingId: b,
  unitId,
  unitNumber: "101",
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
});
const jan = bill(u101.id, "2026-01", 12_000);
const feb = bill(u101.id, "2026-02", 12_000);
for (const x of [jan, feb]) await createBillIfAbsent({ bill: x });

/** The double delivers to the real route handler, as Stripe's POST would arrive. */
const statuses: number[] = [];
const toRoute = async (body: string, headers: Record<string, string>) => {
  const r = await callRoute(webhook.POST, "/api/v1/payments/webhook", { method: "POST", body, headers });
  statuses.push(r.status);
  return { status: r.status };
};
const double = new LocalCheckoutDouble(toRoute);

async function checkoutFor(billId: string) {
  signInAs({ id: ana.id, buildingId: b });
  const r = await callRoute(pay.POST, `/api/v1/bills/${billId}/pay`, { ...post({}), params: { id: billId } });
  expect(r.status).toBe(200);
  documented("post", "/api/v1/bills/{id}/pay")?.parse(r.body);
  expect(r.body.provider).toBe("local");
  const session = openSession(new URL(r.body.url, "http://x").searchParams.get("session") ?? "");
  if (!session) throw new Error("no session in the checkout URL");
  return session;
}

describe("card payments through the local checkout double and the signed webhook", () => {
  it("refuses another unit's bill, and residents of the unit get a checkout for its balance", async () => {
    signInAs({ id: bo.id, buildingId: b });
    expect(
      (await callRoute(pay.POST, `/api/v1/bills/${jan.id}/pay`, { ...post({}), params: { id: jan.id } }))
        .status,
    ).toBe(403);
    signInAs({ id: manager.id, buildingId: b });
    expect(
      (await callRoute(pay.POST, `/api/v1/bills/${jan.id}/pay`, { ...post({}), params: { id: jan.id } }))
        .status,
    ).toBe(403);
    const session = await checkoutFor(jan.id);
    expect(session).toMatchObject({ amount_total: 12_000, currency: "eur" });
    expect(session.metadata).toEqual({ buildingId: b, billId: jan.id, unitId: u101.id });
  });

  it("a wrong, missing or re-signed-with-another-secret signature is refused and changes nothing", async () => {
    const session = await checkoutFor(jan.id);
    const good = double.signedEvent(session);
    const tampered = good.body.replace('"amount_total":12000', '"amount_total":1');
    const cases: Record<string, string>[] = [
      // the signature's first hex digit changed (to another digit: replacing it with "0" left it whole 1 time in 16)
      {
        ...good.headers,
        "stripe-signature": good.headers["stripe-signature"].replace(
          /v1=(.)/,
          (_m, c: string) => `v1=${c === "0" ? "1" : "0"}`,
        ),
      },
      { "content-type": "application/json" },
    ];
    for (const headers of cases) expect((await toRoute(good.body, headers)).status).toBe(400);
    expect((await toRoute(tampered, good.headers)).status).toBe(400);
    vi.stubEnv("STRIPE_WEBHOOK_SECRET", "whsec_someone_else_entirely_0000");
    const forged = double.signedEvent(session);
    vi.unstubAllEnvs();
    expect((await toRoute(forged.body, forged.headers)).status).toBe(400);
    expect(await listAllPaymentsOfUnit({ buildingId: b, unitId: u101.id })).toHaveLength(0);
    expect((await findBill({ buildingId: b, billId: jan.id }))?.paidMinor).toBe(0);
  });

  it("a paid checkout records one card payment, allocated oldest bill first; a replay records nothing new", async () => {
    const session = await checkoutFor(feb.id); // paying the February bill's balance…
    const event = double.signedEvent(session);
    const first = await toRoute(event.body, event.headers);
    expect(first.status).toBe(200);
    const payments = await listAllPaymentsOfUnit({ buildingId: b, unitId: u101.id });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ amountMinor: 12_000, method: "card", recordedBy: "card-webhook" });
    // …is allocated like a manager's payment: January first
    expect((await findBill({ buildingId: b, billId: jan.id }))?.status).toBe("paid");
    expect((await findBill({ buildingId: b, billId: feb.id }))?.status).toBe("open");

    const replay = await callRoute(webhook.POST, "/api/v1/payments/webhook", {
      method: "POST",
      body: event.body,
      headers: event.headers,
    });
    expect(replay.status).toBe(200);
    documented("post", "/api/v1/payments/webhook")?.parse(replay.body);
    expect(replay.body).toMatchObject({ duplicate: true, paymentId: payments[0].id });
    // a second event for the same session (another event id) records nothing new either
    expect(await double.complete(session)).toBe(true);
    expect(await listAllPaymentsOfUnit({ buildingId: b, unitId: u101.id })).toHaveLength(1);
    expect((await findBill({ buildingId: b, billId: feb.id }))?.paidMinor).toBe(0);

    // the next checkout is for February's balance, and pays it
    await double.complete(await checkoutFor(feb.id));
    expect((await findBill({ buildingId: b, billId: feb.id }))?.status).toBe("paid");
    signInAs({ id: ana.id, buildingId: b });
    expect(
      (await callRoute(pay.POST, `/api/v1/bills/${feb.id}/pay`, { ...post({}), params: { id: feb.id } }))
        .status,
    ).toBe(409);
  });

  it("an altered checkout URL is not a session", async () => {
    const session = await checkoutFor(jan.id).catch(() => null);
    expect(session).toBeNull(); // January is paid: nothing to check out
    expect(openSession("eyJhbW91bnRfdG90YWwiOjF9.AAAA")).toBeNull();
  });
});
