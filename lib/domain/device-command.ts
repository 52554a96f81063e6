import { z } from "zod";
import { boundedJsonObjectSchema } from "./bounded-json";
import { actorRefSchema, idSchema, jsonObjectSchema, timestampSchema } from "./common";
import { COMMAND_STATUSES, DEVICE_ACTIONS, type DeviceAction } from "./device-command-constants";

// values without schemas live in device-command-constants.ts (client components import them from there)
export * from "./device-command-constants";

export const setCodeParamsSchema = z.object({
  codeId: idSchema,
  pin: z.string().regex(/^\d{4,10}$/),
  validFrom: timestampSchema,
  validUntil: timestampSchema,
});
export const deleteCodeParamsSchema = z.object({ codeId: idSchema });

export const deviceCommandSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  deviceId: idSchema,
  action: z.enum(DEVICE_ACTIONS),
  params: jsonObjectSchema,
  issuedBy: actorRefSchema,
  /** the mission step that asked for it, when an agent did */
  missionId: idSchema.nullable(),
  status: z.enum(COMMAND_STATUSES),
  reason: z.string().max(500).nullable(),
  /** the state the device reported with its ack, if any */
  resultState: jsonObjectSchema.nullable(),
  issuedAt: timestampSchema,
  expiresAt: timestampSchema,
  endedAt: timestampSchema.nullable(),
});
export type DeviceCommand = z.infer<typeof deviceCommandSchema>;

/** PINs inside set_code params are not echoed back to clients. */
export type DeviceCommandDTO = DeviceCommand;
export function toDeviceCommandDTO(c: DeviceCommand): DeviceCommandDTO {
  if (c.action !== "set_code" || !("pin" in c.params)) return c;
  return { ...c, params: { ...c.params, pin: "••••" } };
}

/** `POST /api/v1/devices/{id}/commands` (SPEC). */
export const issueCommandInputSchema = z.object({
  action: z.enum(DEVICE_ACTIONS),
  // bounded like what devices send: a value DynamoDB or a device could not take is refused here, not at the write
  params: boundedJsonObjectSchema().default({}),
});
export type IssueCommandInput = z.infer<typeof issueCommandInputSchema>;

/** Wire payload on `…/commands` (server → device). */
export type CommandMessage = {
  commandId: string;
  action: DeviceAction;
  params: Record<string, unknown>;
  issuedAt: string;
  expiresAt: string;
};
/** Wire payload on `…/acks` (device → server). */
export const ackMessageSchema = z.object({
  commandId: z.string().min(1).max(64),
  status: z.enum(["ok", "rejected", "failed"]),
  reason: z.string().max(500).optional(),
  /** within the JSON bounds: it is stored on the command (resultState) */
  state: boundedJsonObjectSchema().optional(),
});
export type AckMessage = z.infer<typeof ackMessageSchema>;
