import { z } from "zod";
import { buildingConfigPatchSchema, buildingConfigSchema } from "./building-config";
import { idSchema, timestampSchema } from "./common";

export * from "./building-config";

/** Checked by the runtime's own time-zone data, so only zones Intl can format with are accepted. */
export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: "Not a known time zone (use an IANA name like Europe/Lisbon)" },
);

export const addressSchema = z.object({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(100),
  region: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20),
  country: z.string().trim().length(2).toUpperCase(),
});
export type Address = z.infer<typeof addressSchema>;

export const buildingSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(120),
  address: addressSchema,
  timezone: timeZoneSchema,
  /** BCP 47, e.g. `en-US`, `pt-PT` */
  locale: z.string().min(2).max(20),
  /** ISO 4217, e.g. `USD` */
  currency: z.string().length(3).toUpperCase(),
  config: buildingConfigSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Building = z.infer<typeof buildingSchema>;

/** The manager's "building details" form; config has its own patch schema. */
export const updateBuildingInputSchema = buildingSchema
  .pick({ name: true, address: true, timezone: true, locale: true, currency: true })
  .partial();
export type UpdateBuildingInput = z.infer<typeof updateBuildingInputSchema>;

/** `PATCH /api/v1/building`: a partial config and nothing else (managers only). */
export const patchBuildingBodySchema = z.object({ config: buildingConfigPatchSchema }).strict();

/** Buildings hold no secrets: the record is its own DTO. */
export type BuildingDTO = Building;
