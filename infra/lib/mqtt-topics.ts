/**
 * The MQTT contract of docs/SPEC (`{prefix}/{buildingId}/devices/{deviceId}/{leaf}`) as IoT policy resources.
 * Devices are IoT things named by their device id, with the building id as the thing attribute `buildingId`,
 * so a device's policy names its own topics through policy variables and can reach nothing else.
 */
export const DEVICE_TO_SERVER = ["availability", "state", "acks", "events"] as const;
export const SERVER_TO_DEVICE = ["commands"] as const;
/** Retained by the device (state, and availability which is also its last will): needs iot:RetainPublish. */
export const RETAINED = ["availability", "state"] as const;

// IoT policy variables, literal: IoT (not JavaScript, not CloudFormation) fills them in at connect time.
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IoT policy variable
export const THING_NAME = "${iot:Connection.Thing.ThingName}";
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IoT policy variable
export const THING_BUILDING = "${iot:Connection.Thing.Attributes[buildingId]}";

/** Client ids the app connects with: its long-lived connection and the health check's short one. */
export const APP_CLIENT_IDS = ["buildingos-app-*", "buildingos-health-*"] as const;

export type Leaf = (typeof DEVICE_TO_SERVER)[number] | (typeof SERVER_TO_DEVICE)[number];

/** The topic of one device as the device itself sees it (policy variables resolve at connect time). */
export const ownTopic = (prefix: string, leaf: Leaf) =>
  `${prefix}/${THING_BUILDING}/devices/${THING_NAME}/${leaf}`;

/** Every building's and device's topic of one kind, for the app (IAM `*` matches one or more levels' chars). */
export const anyDeviceTopic = (prefix: string, leaf: Leaf) => `${prefix}/*/devices/*/${leaf}`;

/**
 * The app's own topic between its instances (live updates for the browsers), outside the device contract:
 * only the app may publish, subscribe to or receive it.
 */
export const appLiveTopic = (prefix: string) => `${prefix}/*/app/live`;

/** The same as a shared subscription: each message goes to one of the app instances sharing `shareName`. */
export const sharedFilter = (shareName: string, prefix: string, leaf: Leaf) =>
  `$share/${shareName}/${anyDeviceTopic(prefix, leaf)}`;
