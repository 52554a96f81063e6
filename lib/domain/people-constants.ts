/**
 * The roles a manager can give: values without schemas. Client components import them from here, so zod stays
 * out of their bundles; people.ts re-exports them for server code.
 */

/** The roles a manager can give: guests have no account (they act through their stay's link). */
export const PERSON_ROLES = ["resident", "staff", "manager"] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
