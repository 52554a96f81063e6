import "server-only";
import { createHash } from "node:crypto";
import { newId } from "@/lib/domain/ids";

/**
 * The native event id of an event a dialect message means. Hardware dialects send no event id: when the message
 * is dated by the device (Shelly `ts`, Zigbee2MQTT `last_seen`), the id is a digest of the topic, the message
 * and what the event is, so a QoS 1 redelivery of the same message makes the same id and is stored once. An
 * undated message gets a fresh id (two identical keypad openings must both count; a redelivery may then count
 * twice: docs/devices.md asks for `last_seen`).
 */
export function dialectEventId(prefix: string, dated: boolean, topic: string, payload: Buffer, what: string) {
  if (!dated) return `${prefix}-${newId()}`;
  const h = createHash("sha256").update(topic).update("\0").update(payload).update("\0").update(what);
  return `${prefix}-${h.digest("base64url").slice(0, 32)}`;
}
