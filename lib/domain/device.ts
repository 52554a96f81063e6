import { z } from "zod";
import { idSchema, jsonObjectSchema, timestampSchema } from "./common";
import { DEVICE_TYPES, DOOR_CODE_STATUSES } from "./device-constants";
import { DEVICE_PROTOCOLS, type DeviceProtocol } from "./device-protocol";

// values without schemas live in device-constants.ts (client components import them from there)
export * from "./device-constants";

export const deviceSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  /** null: common area (lobby door, garage gate, hallway sensor) */
  unitId: idSchema.nullable(),
  type: z.enum(DEVICE_TYPES),
  name: z.string().trim().min(1).max(120),
  model: z.string().trim().max(120),
  /** where it is, for people: "Unit 101 front door", "Lobby" */
  location: z.string().trim().max(120),
  firmware: z.string().max(60).nullable(),
  online: z.boolean(),
  lastSeenAt: timestampSchema.nullable(),
  /** last reported state, as the device sent it (e.g. lock `{locked, battery}`) */
  state: jsonObjectSchema,
  /** `ts` of that state message: older (retained, redelivered) states never overwrite newer ones */
  stateAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /**
   * Set when a manager retires the device from the registry: it accepts no more commands, leaves the unit's
   * device list and staff lists hide it. Absent or null: in service (records written before this field existed).
   */
  retiredAt: timestampSchema.nullable().optional(),
  /** the MQTT dialect it speaks (lib/domain/device-protocol.ts); absent: `buildingos` (records before dialects) */
  protocol: z.enum(DEVICE_PROTOCOLS).optional(),
  /** where it talks in that dialect (its shape depends on `protocol`); absent for `buildingos` */
  address: jsonObjectSchema.optional(),
});
export type Device = z.infer<typeof deviceSchema>;

/** The dialect a device speaks; `buildingos` unless the registry says otherwise. */
export const protocolOf = (d: Pick<Device, "protocol">): DeviceProtocol => d.protocol ?? "buildingos";

/** True once a manager retired the device (see `retiredAt`). */
export const isRetired = (d: Pick<Device, "retiredAt">) => d.retiredAt != null;

export const createDeviceInputSchema = deviceSchema.pick({
  unitId: true,
  type: true,
  name: true,
  model: true,
  location: true,
});
export type CreateDeviceInput = z.infer<typeof createDeviceInputSchema>;
export const updateDeviceInputSchema = createDeviceInputSchema.omit({ type: true }).partial();
export type UpdateDeviceInput = z.infer<typeof updateDeviceInputSchema>;

/** The shape of `GET /api/v1/devices` items (SPEC). */
export function toDeviceDTO(d: Device) {
  return {
    id: d.id,
    type: d.type,
    name: d.name,
    model: d.model,
    location: d.location,
    unitId: d.unitId,
    online: d.online,
    state: d.state,
    lastSeenAt: d.lastSeenAt,
    firmware: d.firmware,
    protocol: protocolOf(d),
    address: d.address ?? {},
  };
}
export type DeviceDTO = ReturnType<typeof toDeviceDTO>;

/**
 * A PIN held by a lock. The PIN is kept because the guest must be shown it during the stay;
 * it leaves the server only to the reservation's own guest and its owner (see DoorCodeDTO).
 */
export const doorCodeSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  deviceId: idSchema,
  label: z.string().max(120),
  pin: z.string().regex(/^\d{4,10}$/),
  validFrom: timestampSchema,
  validUntil: timestampSchema,
  reservationId: idSchema.nullable(),
  /** the lock's numbered user slot holding it (keypad locks that number their codes: Zigbee2MQTT `pin_code.user`) */
  slot: z.number().int().min(0).max(255).optional(),
  /**
   * Who the code belongs to when it is not a stay's (an amenity booking's booker, a pass holder), so the access
   * log can name the person behind a keypad entry; `source` says what granted it.
   */
  holder: z
    .object({
      kind: z.enum(["resident", "guest", "staff", "visitor"]),
      id: idSchema.nullable(),
      name: z.string().max(120),
      source: z.enum(["amenity_booking", "pass", "turnover"]),
      sourceId: idSchema,
    })
    .optional(),
  /** pending until the lock acknowledges set_code */
  status: z.enum(DOOR_CODE_STATUSES),
  /** when this lock was first asked to delete the code: until `deleted`, the code is still on the lock */
  removalRequestedAt: timestampSchema.optional(),
  /** how the last delete_code to this lock ended when it did not take (unreachable, timed_out, failed) */
  lastDeleteOutcome: z.string().max(20).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type DoorCode = z.infer<typeof doorCodeSchema>;
export type DoorCodeDTO = Omit<DoorCode, "pin">;
export const toDoorCodeDTO = ({ pin: _pin, ...rest }: DoorCode): DoorCodeDTO => rest;
