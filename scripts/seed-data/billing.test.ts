import { describe, expect, it } from "vitest";
import type { Unit } from "@/lib/domain/unit";
import { listAllBillsOfUnit } from "@/server/db/bills";
import { listUnbilledCharges } from "@/server/db/charges";
import { listAllPaymentsOfUnit } from "@/server/db/payments";
import { seedUnit } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { seedBilling } from "./billing";
import { HARBOR } from "./buildings";

describe("the demo building's billing", () => {
  it("bills three months, leaves the planned arrears and credit, and changes nothing when run again", async () => {
    const id = newBuildingId();
    const spec = { ...HARBOR, id, building: { ...HARBOR.building, id } };
    const units: Unit[] = await Promise.all(["101", "102", "203", "401"].map((n) => seedUnit(id, n)));
    const now = new Date("2026-05-20T12:00:00Z");
    const first = await seedBilling(spec, { units, users: [], now });
    expect(first).toEqual({ bills: 12, payments: 3 + 3 + 1 + 1 });
    const balance = async (u: Unit) => {
      const bills = await listAllBillsOfUnit({ buildingId: id, unitId: u.id });
      const paid = await listAllPaymentsOfUnit({ buildingId: id, unitId: u.id });
      expect(bills.map((b) => b.period)).toEqual(["2026-02", "2026-03", "2026-04"]);
      return bills.reduce((s, b) => s + b.totalMinor, 0) - paid.reduce((s, p) => s + p.amountMinor, 0);
    };
    const [u101, u102, u203, u401] = units;
    expect(await balance(u101)).toBe(0);
    expect(await balance(u102)).toBe(12_500);
    // two months unpaid, the chargeback and the late fee of the month before on the last bill
    expect(await balance(u203)).toBe(65_000 + 8_450 + 2_500);
    const last = (await listAllBillsOfUnit({ buildingId: id, unitId: u203.id }))[2];
    expect(last.lines.map((l) => l.labelCode ?? l.kind)).toEqual(["monthly_fee", "charge", "late_fee"]);
    expect(last.lines[2].labelParams).toEqual({ period: "2026-03" });
    // the special assessment waits on every unit for the next run
    expect((await listUnbilledCharges({ buildingId: id, unitId: u102.id })).map((c) => c.kind)).toEqual([
      "special_assessment",
    ]);
    expect(await balance(u401)).toBe(-32_500);
    expect(await seedBilling(spec, { units, users: [], now })).toEqual({ bills: 0, payments: 0 });
    expect(await balance(u102)).toBe(12_500);
  });
});
