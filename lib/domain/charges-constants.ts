/**
 * Charge and ticket cost values without schemas. Client components import them from here, so zod stays out of
 * their bundles; charges.ts re-exports them for server code.
 */

/**
 * One-off charges (special assessments, a move-in fee, an amenity deposit, a chargeback from a ticket, a late
 * fee) and ticket costs. A charge waits on its unit until the unit's next bill takes it: the bill's put and the
 * charge's `billId` are written in one transaction, conditional on the charge being still unbilled, so a charge
 * appears on exactly one bill whatever the number of billing runs racing for it.
 */
export const CHARGE_KINDS = [
  "special_assessment",
  "move_in_fee",
  "amenity_deposit",
  "chargeback",
  "late_fee",
  "other",
] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];
/** What a manager may create by hand; chargebacks come from ticket costs and late fees from the sweeper. */
export const MANUAL_CHARGE_KINDS = ["special_assessment", "move_in_fee", "amenity_deposit", "other"] as const;

// ---------------------------------------------------------------------------------------------------------
// Ticket costs

export const TICKET_COST_KINDS = ["labour", "materials"] as const;
export const COST_BEARERS = ["building", "unit"] as const;
