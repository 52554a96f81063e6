import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { billingScheduleInputSchema, billStatusOf, dueDateOf, splitByShares } from "./billing";

describe("splitByShares", () => {
  it("splits a budget to the cent, the leftover cents to the largest remainders", () => {
    // 1000 split 1:1:1 → 333.33…: one unit gets the extra cent, by unit id when remainders tie
    expect(Object.fromEntries(splitByShares(1000, { c: 1, a: 1, b: 1 }))).toEqual({ a: 334, b: 333, c: 333 });
    // 100 by 0.5 / 0.3 / 0.2 exactly
    expect(Object.fromEntries(splitByShares(100, { x: 0.5, y: 0.3, z: 0.2 }))).toEqual({
      x: 50,
      y: 30,
      z: 20,
    });
    // 10 by 2:1 → 6.67 / 3.33: the larger remainder (0.67) takes the cent
    expect(Object.fromEntries(splitByShares(10, { big: 2, small: 1 }))).toEqual({ big: 7, small: 3 });
  });

  it("always sums exactly to the budget, whatever the shares and their order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 60 }),
        (budget, weights) => {
          const shares = Object.fromEntries(weights.map((w, i) => [`u${i}`, w / 10_000]));
          const split = splitByShares(budget, shares);
          const sum = [...split.values()].reduce((a, b) => a + b, 0);
          expect(sum).toBe(budget);
          for (const v of split.values()) expect(Number.isInteger(v) && v >= 0).toBe(true);
          const reversed = Object.fromEntries(Object.entries(shares).reverse());
          expect(Object.fromEntries(splitByShares(budget, reversed))).toEqual(Object.fromEntries(split));
        },
      ),
    );
  });
});

describe("the schedule input", () => {
  it("takes a fixed fee or shares with a budget, not both and not neither", () => {
    expect(billingScheduleInputSchema.safeParse({ monthlyFeeMinor: 12000 }).success).toBe(true);
    expect(billingScheduleInputSchema.safeParse({ shares: { u1: 1.5 }, monthlyBudgetMinor: 5 }).success).toBe(
      true,
    );
    expect(
      billingScheduleInputSchema.safeParse({ monthlyFeeMinor: 1, shares: { u1: 1 }, monthlyBudgetMinor: 5 })
        .success,
    ).toBe(false);
    expect(billingScheduleInputSchema.safeParse({ dueDay: 5 }).success).toBe(false);
    expect(billingScheduleInputSchema.safeParse({ monthlyFeeMinor: 1.5 }).success).toBe(false);
    expect(
      billingScheduleInputSchema.safeParse({ shares: { u1: 0.00001 }, monthlyBudgetMinor: 5 }).success,
    ).toBe(false);
  });
});

describe("bill status and due date", () => {
  it("is open until paid, partial in between, paid at or above the total", () => {
    expect(billStatusOf(1000, 0)).toBe("open");
    expect(billStatusOf(1000, 1)).toBe("partial");
    expect(billStatusOf(1000, 1000)).toBe("paid");
    expect(billStatusOf(1000, 1200)).toBe("paid");
    expect(dueDateOf("2026-02", 5)).toBe("2026-02-05");
  });
});
