/**
 * Pass values without schemas. Client components import them from here, so zod stays out of their bundles;
 * pass.ts re-exports them for server code.
 */

/**
 * Access passes (issue 18): a resident or staff member lets someone in (a visitor, a vendor, a cleaner, a
 * household member) through some doors at some times. One PIN per pass, put on each lock in scope for each of the
 * pass's windows (see `pass-schedule.ts` and docs/life-in-the-building.md).
 */
export const PASS_HOLDER_KINDS = ["visitor", "vendor", "cleaner", "household"] as const;
export type PassHolderKind = (typeof PASS_HOLDER_KINDS)[number];
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const PASS_STATUSES = ["pending", "active", "ended", "revoked", "declined"] as const;
export type PassStatus = (typeof PASS_STATUSES)[number];
export const PASS_REVOKE_REASONS = ["issuer", "staff", "ticket_closed"] as const;

/** The longest a pass may run: a year. A once pass is one visit (at most a day). */
export const MAX_PASS_DAYS = 366;
