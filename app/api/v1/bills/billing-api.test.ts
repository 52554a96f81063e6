import { afterAll, describe, expect, it, vi } from "vitest";
import type { Unit } from "@/lib/domain/unit";
import { billIdOf, createBillIfAbsent, listAllBillsOfUnit } from "@/server/db/bills";
import { listOutboxEmails } from "@/server/db/outbox";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { extractPdfText } from "@/server/search/pdf-text";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, send, signInAs } from "@/test/route-harness";
import { type RunningS3, startS3 } from "../../../../scripts/stack/s3";
import * as runs from "../billing/runs/route";
import * as schedule from "../billing/schedule/route";
import * as pdf from "./[id]/pdf/route";
import * as bills from "./route";

/**
 * Condo billing through the real route handlers, on DynamoDB Local and the S3 emulator: the schedule, the
 * month's run (twice, and twice at once), the bills each person may read, and the PDF behind the signed link.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const bucket = "billing-test";
const emulator: RunningS3 = await startS3({ bucket });
process.env.S3_ENDPOINT = emulator.endpoint;
process.env.S3_BUCKET = bucket;
afterAll(() => emulator.stop());

const b = newBuildingId();
await seedBuilding(b);
const [u101, u102, u103] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102"), seedUnit(b, "103")]);
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const staff = await createUser({ user: makeUser(b, { role: "staff" }) });
const ana = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u101.id], locale: "es" }) });
const bo = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u102.id] }) });
await updateUnit({ buildingId: b, unitId: u101.id, patch: { residentIds: [ana.id] } });
await updateUnit({ buildingId: b, unitId: u102.id, patch: { residentIds: [bo.id] } });
const units: Unit[] = [u101, u102, u103];

const as = (u: { id: string }) => signInAs({ id: u.id, buildingId: b });
const billEmails = async () =>
  (await listOutboxEmails({ buildingId: b, limit: 200 })).items.filter((e) => e.kind === "bill");
const setFixedFee = async (monthlyFeeMinor: number) => {
  as(manager);
  const r = await callRoute(
    schedule.PUT,
    "/api/v1/billing/schedule",
    send("PUT", {
      monthlyFeeMinor,
      dueDay: 8,
      paymentInstructions: "IBAN PT50 0000 0000 0000, reference: your unit",
    }),
  );
  expect(r.status).toBe(200);
  return r;
};

describe("billing runs", () => {
  it("refuses to run before a schedule exists, and refuses non-managers", async () => {
    as(manager);
    expect((await callRoute(runs.POST, "/api/v1/billing/runs", post({ period: "2026-01" }))).status).toBe(
      409,
    );
    as(staff);
    expect((await callRoute(runs.POST, "/api/v1/billing/runs", post({ period: "2026-01" }))).status).toBe(
      403,
    );
    as(ana);
    expect(
      (await callRoute(schedule.PUT, "/api/v1/billing/schedule", send("PUT", { monthlyFeeMinor: 1 }))).status,
    ).toBe(403);
  });

  it("makes one bill per unit; a second run answers 200 with the same run and makes nothing", async () => {
    const set = await setFixedFee(15_050);
    documented("put", "/api/v1/billing/schedule")?.parse(set.body);
    const first = await callRoute(runs.POST, "/api/v1/billing/runs", post({ period: "2026-02" }));
    expect(first.status).toBe(201);
    documented("post", "/api/v1/billing/runs", 201)?.parse(first.body);
    expect(first.body.run).toMatchObject({ period: "2026-02", bills: 3, status: "complete" });
    const emailsAfterFirst = (await billEmails()).length;
    expect(emailsAfterFirst).toBe(2); // unit 103 has nobody to email

    const again = await callRoute(runs.POST, "/api/v1/billing/runs", post({ period: "2026-02" }));
    expect(again.status).toBe(200);
    expect(again.body.run).toEqual(first.body.run);
    for (const u of units) expect(await listAllBillsOfUnit({ buildingId: b, unitId: u.id })).toHaveLength(1);
    expect((await billEmails()).length).toBe(emailsAfterFirst);

    const list = await callRoute(bills.GET, "/api/v1/bills?period=2026-02");
    documented("get", "/api/v1/bills")?.parse(list.body);
    expect(list.body.items).toHaveLength(3);
    for (const bill of list.body.items) {
      expect(bill).toMatchObject({
        totalMinor: 15_050,
        balanceMinor: 15_050,
        status: "open",
        dueDate: "2026-02-08",
      });
    }
  });

  it("two runs of the same month at once (as from two instances) make one run and one bill per unit", async () => {
    await setFixedFee(9_999);
    const before = (await billEmails()).length;
    const [r1, r2, r3] = await Promise.all(
      [1, 2, 3].map(() => callRoute(runs.POST, "/api/v1/billing/runs", post({ period: "2026-03" }))),
    );
    expect([r1.status, r2.status, r3.status].sort()).toEqual([200, 200, 201]);
    expect(new Set([r1.body.run.id, r2.body.run.id, r3.body.run.id]).size).toBe(1);
    for (const r of [r1, r2, r3]) expect(r.body.run).toMatchObject({ bills: 3, status: "complete" });
    for (const u of units) {
      const mine = (await listAllBillsOfUnit({ buildingId: b, unitId: u.id })).filter(
        (x) => x.period === "2026-03",
      );
      expect(mine).toHaveLength(1);
      expect(mine[0].pdfKey).toBeTruthy();
    }
    expect((await billEmails()).length - before).toBe(2);
  });

  it("splits a budget by shares to the cent", async () => {
    as(manager);
    const r = await callRoute(
      schedule.PUT,
      "/api/v1/billing/schedule",
      send("PUT", { shares: { [u101.id]: 1, [u102.id]: 1, [u103.id]: 1 }, monthlyBudgetMinor: 100_000 }),
    );
    expect(r.status).toBe(200);
    const foreign = await callRoute(
      schedule.PUT,
      "/api/v1/billing/schedule",
      send("PUT", { shares: { unit_of_elsewhere: 1 }, monthlyBudgetMinor: 100 }),
    );
    expect(foreign.status).toBe(422);
    expect((await callRoute(runs.POST, "/api/v1/billing/runs", post({ period: "2026-04" }))).status).toBe(
      201,
    );
    const list = await callRoute(bills.GET, "/api/v1/bills?period=2026-04");
    const totals = list.body.items.map((x: { totalMinor: number }) => x.totalMinor).sort();
    expect(totals).toEqual([33_333, 33_333, 33_334]);
  });
});

describe("who reads which bill", () => {
  it("a resident lists only their own unit's bills and cannot ask for another unit's", async () => {
    as(ana);
    const mine = await callRoute(bills.GET, "/api/v1/bills");
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThanOrEqual(3);
    expect(mine.body.items.every((x: { unitId: string }) => x.unitId === u101.id)).toBe(true);
    expect((await callRoute(bills.GET, `/api/v1/bills?unitId=${u102.id}`)).status).toBe(403);
    as(staff);
    expect((await callRoute(bills.GET, "/api/v1/bills")).status).toBe(403);
  });

  it("gives the holder a short-lived link to a real PDF in their language, and refuses anyone else", async () => {
    as(manager);
    const all = (await callRoute(bills.GET, "/api/v1/bills?period=2026-02")).body.items;
    const anasBill = all.find((x: { unitId: string }) => x.unitId === u101.id);
    const bosBill = all.find((x: { unitId: string }) => x.unitId === u102.id);

    as(ana);
    const link = await callRoute(pdf.GET, `/api/v1/bills/${anasBill.id}/pdf`, {
      params: { id: anasBill.id },
    });
    expect(link.status).toBe(200);
    documented("get", "/api/v1/bills/{id}/pdf")?.parse(link.body);
    expect(link.body.expiresInSeconds).toBeLessThanOrEqual(300);
    expect(link.body.url).toMatch(/X-Amz-Expires=\d+/);
    const res = await fetch(link.body.url);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = (await extractPdfText(bytes)).pages.map((p) => p.text).join("\n");
    expect(text).toContain("Unidad 101"); // Ana reads Spanish
    expect(text).toContain("150,50");
    expect(text).toContain("IBAN PT50");
    expect(text).toContain(`Building ${b.slice(-4)}`);

    const refused = await callRoute(pdf.GET, `/api/v1/bills/${bosBill.id}/pdf`, {
      params: { id: bosBill.id },
    });
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain("X-Amz");
    as(staff);
    expect(
      (await callRoute(pdf.GET, `/api/v1/bills/${bosBill.id}/pdf`, { params: { id: bosBill.id } })).status,
    ).toBe(403);
    as(manager);
    expect(
      (await callRoute(pdf.GET, `/api/v1/bills/${bosBill.id}/pdf`, { params: { id: bosBill.id } })).status,
    ).toBe(200);
  });

  it("renders on the spot a bill whose PDF was never stored", async () => {
    const id = billIdOf(b, "2025-12", u102.id);
    await createBillIfAbsent({
      bill: {
        id,
        buildingId: b,
        unitId: u102.id,
        unitNumber: "102",
        period: "2025-12",
        runId: "run_imported",
        lines: [{ kind: "charge", label: "Special assessment: roof", amountMinor: 42_000 }],
        totalMinor: 42_000,
        paidMinor: 0,
        currency: "EUR",
        status: "open",
        issuedOn: "2025-12-01",
        dueDate: "2025-12-10",
        locale: "pt-BR",
        pdfKey: null,
        emailedAt: null,
        createdAt: new Date().toISOString(),
      },
    });
    as(bo);
    const link = await callRoute(pdf.GET, `/api/v1/bills/${id}/pdf`, { params: { id } });
    expect(link.status).toBe(200);
    const bytes = new Uint8Array(await (await fetch(link.body.url)).arrayBuffer());
    const text = (await extractPdfText(bytes)).pages.map((p) => p.text).join("\n");
    expect(text).toContain("Special assessment: roof");
    expect(text).toContain("Unidade 102");
    expect(text).toMatch(/420,00/);
  });

  it("another building's manager cannot read this building's bill", async () => {
    const other = newBuildingId();
    await seedBuilding(other);
    const stranger = await createUser({ user: makeUser(other, { role: "manager" }) });
    signInAs({ id: stranger.id, buildingId: other });
    as(manager);
    const id = (await callRoute(bills.GET, "/api/v1/bills?period=2026-02")).body.items[0].id;
    signInAs({ id: stranger.id, buildingId: other });
    expect((await callRoute(pdf.GET, `/api/v1/bills/${id}/pdf`, { params: { id } })).status).toBe(404);
    expect((await callRoute(bills.GET, "/api/v1/bills")).body.items).toHaveLength(0);
  });
});
