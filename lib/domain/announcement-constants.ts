/**
 * Announcement values without schemas. Client components import them from here, so zod stays out of their
 * bundles; announcement.ts re-exports them for server code.
 */

/** Who an announcement reaches (issue 16): everyone, some floors, some units, residents only, or guests in house. */
export const AUDIENCE_KINDS = ["building", "floors", "units", "residents", "guests"] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** Who has read and acknowledged an announcement (issue 16): one row per person or guest it reached. */
export const RECEIPT_FILTERS = ["all", "read", "unread", "acknowledged"] as const;
export type ReceiptFilter = (typeof RECEIPT_FILTERS)[number];
