import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

/** In-app notice for one user (ticket updated, approval needed, guest checked in). */
export const notificationSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  userId: idSchema,
  kind: z.enum(["ticket", "mission", "reservation", "device", "system", "package", "amenity"]),
  title: z.string().max(200),
  body: z.string().max(2000),
  /** in-app path to open, e.g. `/staff/tickets/…` */
  href: z.string().max(500).nullable(),
  readAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
export type Notification = z.infer<typeof notificationSchema>;
