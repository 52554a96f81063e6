import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

/** URL-safe base64 (padding tolerated: some browsers add it) that decodes to exactly `bytes` bytes. */
const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} must be URL-safe base64`)
    .refine((s) => s.replace(/=+$/, "").length === Math.ceil((bytes * 4) / 3), {
      message: `${what} must be ${bytes} bytes`,
    });

/**
 * `POST /api/v1/notifications/push/subscriptions`: what `PushSubscription.toJSON()` gives in the browser (the
 * push service's endpoint, the browser's P-256 key and auth secret), and an optional name for the device.
 */
export const pushSubscriptionInputSchema = z.object({
  endpoint: z
    .url({ protocol: /^https$/, message: "Use the https endpoint the browser's push service gave" })
    .max(2000),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: base64url(65, "keys.p256dh"),
    auth: base64url(16, "keys.auth"),
  }),
  label: z.string().trim().max(100).optional(),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInputSchema>;

/** Turning push off on one browser (it knows its endpoint, not our id). */
export const pushUnsubscribeInputSchema = z.object({ endpoint: z.url().max(2000) });

/** One of the caller's devices that receive push. */
export const pushDeviceDTOSchema = z.object({
  id: idSchema,
  label: z.string(),
  createdAt: timestampSchema,
});
export type PushDeviceDTO = z.infer<typeof pushDeviceDTOSchema>;

/** `GET /api/v1/notifications/push`: whether push is on, the key to subscribe with, and the caller's devices. */
export const pushSettingsSchema = z.object({
  enabled: z.boolean(),
  publicKey: z.string().nullable(),
  devices: z.array(pushDeviceDTOSchema),
});
export type PushSettings = z.infer<typeof pushSettingsSchema>;

/** What the service worker receives in a push (JSON, encrypted on the way): it shows it and opens `link`. */
export type PushPayload = { id: string; kind: string; title: string; body: string; link: string };
