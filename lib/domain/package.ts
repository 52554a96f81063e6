import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

/** A parcel in the package room: logged by staff, waiting on a shelf until its recipient (or someone named) picks it up. */
export const PACKAGE_STATUSES = ["waiting", "picked_up"] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];
/** how staff checked who took a parcel: the recipient's PIN, a signature drawn at the desk, the person a resident
 * named (`allowed`), or a name alone */
export const PICKUP_METHODS = ["pin", "signature", "allowed", "name"] as const;

export const logPackageInputSchema = z.object({
  unitId: idSchema,
  /** a resident of the unit; without it the parcel is for the unit and every resident of it hears of it */
  recipientId: idSchema.optional(),
  carrier: z.string().trim().min(1).max(60),
  trackingNumber: z.string().trim().max(80).optional(),
  shelf: z.string().trim().max(40).optional(),
  /** the parcel's photo: the key of a `package_photo` upload (`POST /api/v1/packages/uploads`) */
  photoKey: z.string().max(300).optional(),
});
export type LogPackageInput = z.infer<typeof logPackageInputSchema>;

export const packageSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  unitId: idSchema,
  recipientId: idSchema.nullable(),
  /** the recipient's name, or the unit's when the parcel is for the unit */
  recipientName: z.string().max(120),
  carrier: z.string(),
  trackingNumber: z.string().nullable(),
  shelf: z.string().nullable(),
  status: z.enum(PACKAGE_STATUSES),
  /** six digits the recipient shows at the desk; only the unit's residents see it */
  pickupPin: z.string().regex(/^\d{6}$/),
  loggedBy: z.object({ id: z.string(), name: z.string() }),
  loggedAt: timestampSchema,
  pickedUpAt: timestampSchema.nullable(),
  /** who took it away (a name), and how staff checked: the recipient's PIN or a name they were given */
  pickedUpBy: z.string().nullable(),
  pickupMethod: z.enum(PICKUP_METHODS).nullable(),
  pickupRecordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** the S3 key of the parcel's photo, and of the signature drawn at pickup (absent on older parcels) */
  photoKey: z.string().nullable().optional(),
  signatureKey: z.string().nullable().optional(),
  /** someone a resident of the unit let pick it up: their name is checked at the desk */
  allowedPickup: z
    .object({
      name: z.string(),
      setBy: z.object({ id: z.string(), name: z.string() }),
      setAt: timestampSchema,
    })
    .nullable()
    .optional(),
});
export type Package = z.infer<typeof packageSchema>;

/** A parcel as the API returns it: the PIN only to the unit's residents while it waits. */
export const packageDTOSchema = packageSchema
  .omit({ pickupPin: true, photoKey: true, signatureKey: true })
  .extend({
    pickupPin: z.string().optional(),
    /** short-lived signed links to the photo and the pickup signature */
    photoUrl: z.string().nullable(),
    signatureUrl: z.string().nullable(),
  });
export type PackageDTO = z.infer<typeof packageDTOSchema>;

export const pickupPackageInputSchema = z.object({
  /** who takes the parcel away */
  pickedUpBy: z.string().trim().min(1).max(120),
  /** the recipient's pickup PIN; without it staff record the name only */
  pin: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** a signature drawn at the desk: the key of a `package_signature` upload */
  signatureKey: z.string().max(300).optional(),
});
export type PickupPackageInput = z.infer<typeof pickupPackageInputSchema>;

export const packageIdParamsSchema = z.object({ id: idSchema });

export const packageListQuerySchema = z.object({
  status: z
    .enum(PACKAGE_STATUSES)
    .optional()
    .describe("Staff: which parcels (default waiting, oldest first)."),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});

/** Whole days a parcel has waited (ageing shown to staff and residents). */
export const packageAgeDays = (p: Pick<Package, "loggedAt">, now: Date = new Date()) =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(p.loggedAt)) / 86_400_000));

/** `POST /api/v1/packages/{id}/allowed-pickup`: a resident names who may pick the parcel up (null: nobody else). */
export const allowPickupInputSchema = z.object({ name: z.string().trim().min(1).max(120).nullable() });
export type AllowPickupInput = z.infer<typeof allowPickupInputSchema>;

/** Names compared as people say them: case, accents and extra spaces aside. */
export const sameName = (a: string, b: string) => {
  const norm = (s: string) =>
    s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
};
