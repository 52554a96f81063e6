import { z } from "zod";
import { idSchema, timestampSchema } from "./common";
import { UNIT_STATUSES, UNIT_TYPES } from "./unit-constants";

// values without schemas live in unit-constants.ts (client components import them from there)
export * from "./unit-constants";

export const unitSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  /** what is on the door: `101`, `PH-2` */
  number: z.string().trim().min(1).max(20),
  floor: z.number().int().min(-10).max(300),
  type: z.enum(UNIT_TYPES),
  /** most guests allowed (the building's maxGuestsPerUnit caps it further) */
  capacity: z.number().int().min(1).max(50),
  ownerIds: z.array(idSchema),
  residentIds: z.array(idSchema),
  /** may be let as short stays */
  rentable: z.boolean(),
  /** per night, in the currency's minor unit (cents); null when not rentable */
  nightlyRateMinor: z.number().int().min(0).nullable(),
  status: z.enum(UNIT_STATUSES),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Unit = z.infer<typeof unitSchema>;
export type UnitDTO = Unit;

export const createUnitInputSchema = unitSchema.pick({
  number: true,
  floor: true,
  type: true,
  capacity: true,
  rentable: true,
  nightlyRateMinor: true,
  status: true,
});
export type CreateUnitInput = z.infer<typeof createUnitInputSchema>;

export const updateUnitInputSchema = createUnitInputSchema
  .extend({ ownerIds: unitSchema.shape.ownerIds, residentIds: unitSchema.shape.residentIds })
  .partial();
export type UpdateUnitInput = z.infer<typeof updateUnitInputSchema>;

/** The shape of `GET /api/v1/units` items (SPEC). */
export function toUnitSummary(u: Unit) {
  return {
    id: u.id,
    number: u.number,
    floor: u.floor,
    capacity: u.capacity,
    rentable: u.rentable,
    status: u.status,
  };
}
export type UnitSummary = ReturnType<typeof toUnitSummary>;
