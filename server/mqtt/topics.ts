/**
 * The MQTT contract's topics (SPEC): `{prefix}/{b}/devices/{d}/{kind}`. Pure, no `server-only`, so the device
 * simulator, tests and benchmarks speak the very same codec as the server.
 */
export const INBOUND_KINDS = ["availability", "state", "acks", "events"] as const;
export type InboundKind = (typeof INBOUND_KINDS)[number];
export type TopicKind = InboundKind | "commands";

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

export const deviceTopic = (prefix: string, buildingId: string, deviceId: string, kind: TopicKind) =>
  `${prefix}/${buildingId}/devices/${deviceId}/${kind}`;

/** Filter for one kind across every building and device. */
export const kindFilter = (prefix: string, kind: InboundKind) => `${prefix}/+/devices/+/${kind}`;

/**
 * Shared subscription: each event reaches one instance of the group (MQTT 5 brokers). The group is
 * MQTT_SHARE_NAME (infra sets it; IoT Core policies name it), passed in by the bridge.
 */
export const sharedFilter = (filter: string, group: string) => `$share/${group}/${filter}`;

export type ParsedTopic = { buildingId: string; deviceId: string; kind: InboundKind };

/** The parts of an inbound topic, or null when it is not one of ours (or its ids are not ids). */
export function parseTopic(prefix: string, topic: string): ParsedTopic | null {
  if (!topic.startsWith(`${prefix}/`)) return null;
  const parts = topic.slice(prefix.length + 1).split("/");
  if (parts.length !== 4 || parts[1] !== "devices") return null;
  const [buildingId, , deviceId, kind] = parts as [string, string, string, string];
  if (!SEGMENT.test(buildingId) || !SEGMENT.test(deviceId)) return null;
  if (!(INBOUND_KINDS as readonly string[]).includes(kind)) return null;
  return { buildingId, deviceId, kind: kind as InboundKind };
}

/**
 * The app's own topic, between its instances (not part of the device contract; devices cannot reach it): a live
 * update that happened on one instance (a command's outcome, a stored door event, a mission) goes to every
 * instance, so every browser sees it whichever instance its stream is on.
 */
export const liveTopic = (prefix: string, buildingId: string) => `${prefix}/${buildingId}/app/live`;
export const liveFilter = (prefix: string) => `${prefix}/+/app/live`;

/** The building of a live topic, or null when the topic is not one. */
export function parseLiveTopic(prefix: string, topic: string): string | null {
  if (!topic.startsWith(`${prefix}/`) || !topic.endsWith("/app/live")) return null;
  const buildingId = topic.slice(prefix.length + 1, -"/app/live".length);
  return SEGMENT.test(buildingId) ? buildingId : null;
}
