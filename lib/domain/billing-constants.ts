/**
 * Payment values without schemas. Client components import them from here, so zod stays out of their bundles;
 * billing.ts re-exports them for server code.
 */

// ---------------------------------------------------------------------------------------------------------
// Payments and the unit's ledger

export const PAYMENT_METHODS = ["bank_transfer", "cash", "check", "card", "other"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
