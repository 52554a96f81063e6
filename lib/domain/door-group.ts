import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

/**
 * A zone of doors (lobby, garage, floor 3, gym) that access is granted by: an amenity booking opens its amenity's
 * groups, a pass the groups it names. Only locks of the same building.
 */
export const createDoorGroupInputSchema = z.object({
  name: z.string().trim().min(1).max(60),
  deviceIds: z.array(idSchema).min(1).max(50),
  /**
   * Stay codes open this zone. Once any group of the building is marked, a stay's code goes to its unit's lock and
   * the locks of the marked groups only; a building that marks none keeps "every common-area lock".
   */
  forStays: z.boolean().optional(),
});
export type CreateDoorGroupInput = z.infer<typeof createDoorGroupInputSchema>;

export const doorGroupSchema = createDoorGroupInputSchema.extend({
  id: idSchema,
  buildingId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type DoorGroup = z.infer<typeof doorGroupSchema>;

export const doorGroupIdParamsSchema = z.object({ id: idSchema });
