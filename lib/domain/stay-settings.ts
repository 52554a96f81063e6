import { z } from "zod";
import { buildingConfigPatchSchema } from "./building-config";

const patch = buildingConfigPatchSchema.shape;

/**
 * What the settings page's "guests and stays" sections may change (issue 17): when cleaning happens, whether guests
 * may unlock from their stay page, and registering the party for the local authority. A slice of the config's
 * own partial update schema (same bounds, same enums), so the section can change nothing else; the merged config
 * is validated whole by the service (e.g. Spain needs the establishment code).
 */
export const staySettingsSchema = z
  .object({
    turnoverTiming: patch.turnoverTiming,
    doorCode: patch.doorCode.unwrap().pick({ guestAppUnlock: true }).strict().optional(),
    guestRegistration: patch.guestRegistration,
  })
  .strict();
export type StaySettingsInput = z.infer<typeof staySettingsSchema>;
