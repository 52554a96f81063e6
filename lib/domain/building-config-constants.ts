/**
 * Building settings choices: values without schemas. Client components import them from here, so zod stays
 * out of their bundles; building-config.ts re-exports them for server code.
 */

/**
 * When a guest may have the door PIN and unlock: only once check-in is complete (details, ID and house rules:
 * status checked_in), or already when the stay is confirmed. Decided in one place, `guestMayUseDoor`.
 */
export const GUEST_DOOR_ACCESS = ["after_checkin", "on_confirmation"] as const;
export type GuestDoorAccess = (typeof GUEST_DOOR_ACCESS)[number];
export const PERSONA_TONES = ["friendly", "formal", "concise", "playful"] as const;
/**
 * When the cleaning between stays happens (issue 17): after each departure (the turnover is the departing stay's,
 * on its check-out date) or before each arrival (the arriving stay's, on its check-in date).
 */
export const TURNOVER_TIMINGS = ["after_departure", "before_arrival"] as const;
export type TurnoverTiming = (typeof TURNOVER_TIMINGS)[number];
/**
 * Registering every guest in the party for the local authority (issue 17, item 6): `none`, or the country whose
 * rules apply. `ES`: Spain's parte de viajeros (Real Decreto 933/2021), exported for SES.Hospedajes.
 */
export const GUEST_REGISTRATION_COUNTRIES = ["none", "ES"] as const;
/** SES.Hospedajes `tipoPago` codes (pagoType). */
export const SES_PAYMENT_TYPES = [
  "EFECT",
  "TARJT",
  "PLATF",
  "TRANS",
  "MOVIL",
  "TREG",
  "DESTI",
  "OTRO",
] as const;
/** SES.Hospedajes establishment codes: letters and digits, at most 10 (empty = not set yet). */
export const SES_ESTABLISHMENT_CODE = /^[A-Za-z0-9]{0,10}$/;
