import "server-only";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { type Device, isRetired } from "@/lib/domain/device";
import { healthOf, sameHealth } from "@/lib/domain/device-health";
import { addressKey } from "@/lib/domain/device-protocol";
import { db, tableName } from "./client";
import { claimAddressItems, releaseAddressItems, writeWithAddress } from "./device-addresses";
import { syncDeviceHealth } from "./device-health";
import { batchGetRecords, findOne, getOne, stripKeys, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { type EntityKeys, updateRecord } from "./update";
import { buildUpdate, isConditionalCheckFailed, putItem, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** Every key of a device: the table key and, until it is retired, its unit's device list (gsi1, by type). */
export const deviceKeys = (
  d: Pick<Device, "buildingId" | "id" | "unitId" | "type" | "retiredAt">,
): EntityKeys => ({
  ...keys.device(d.buildingId, d.id),
  ...(isRetired(d) ? {} : keys.deviceByUnit(d.buildingId, d.unitId, d.type, d.id)),
});
const deviceItem = (d: Device) => toItem(d, deviceKeys(d));

/** Registry create or replace (the building's device health follows it). */
export async function putDevice({ device }: { device: Device }): Promise<Device> {
  await putItem(deviceItem(device));
  await syncDeviceHealth({ device });
  return device;
}

/** After a write that returned the device as it was (ALL_OLD): the health sets follow when its membership changed. */
async function followHealth(before: Record<string, unknown> | undefined, patch: Partial<Device>) {
  if (!before) return;
  const old = stripKeys<Device>(before);
  const next = { ...old, ...patch };
  if (!sameHealth(healthOf(old), healthOf(next))) await syncDeviceHealth({ device: next });
}

export function findDevice({ buildingId, deviceId }: B & { deviceId: string }): Promise<Device | null> {
  return findOne<Device>(keys.device(buildingId, deviceId));
}

export function getDevice({ buildingId, deviceId }: B & { deviceId: string }): Promise<Device> {
  return getOne<Device>(keys.device(buildingId, deviceId), "Device");
}

export async function getDevicesByIds({
  buildingId,
  deviceIds,
}: B & { deviceIds: string[] }): Promise<Device[]> {
  return batchGetRecords<Device>([...new Set(deviceIds)].map((d) => keys.device(buildingId, d)));
}

/** A building's devices in id order (main table). */
export async function listDevices({ buildingId, ...page }: B & PageRequest): Promise<Page<Device>> {
  return queryPage<Device>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.devicePrefix },
    ...page,
  });
}

/** Every device of a building (a few hundred): the MQTT bridge's registry and the staff dashboard. */
export async function listAllDevices({ buildingId }: B): Promise<Device[]> {
  return queryAll<Device>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.devicePrefix },
  });
}

/** A unit's devices, or the common areas' with `unitId: null` (gsi1), grouped by type; `type` narrows it. */
export async function listDevicesByUnit({
  buildingId,
  unitId,
  type,
  ...page
}: B & { unitId: string | null; type?: Device["type"] } & PageRequest) {
  return queryPage<Device>({
    index: "gsi1",
    pk: partitions.devicesByUnit(buildingId, unitId),
    sk: type ? { beginsWith: `${type}#` } : undefined,
    ...page,
  });
}

/** Name, model, location, unit; the keys follow the patched record (another unit: another gsi1 key). */
export async function updateDevice({
  buildingId,
  deviceId,
  patch,
}: B & {
  deviceId: string;
  patch: Partial<Pick<Device, "name" | "model" | "location" | "unitId" | "firmware">>;
}) {
  return updateRecord<Device>({
    key: keys.device(buildingId, deviceId),
    set: { ...patch, updatedAt: new Date().toISOString() },
    what: "Device",
    keysOf: deviceKeys,
  });
}

/**
 * Stores a reported state unless a newer one is already stored: retained and redelivered MQTT messages arrive
 * out of order, and an old `locked: false` must never overwrite a newer `locked: true`. Returns false when stale
 * (or when the device is not in the registry).
 */
export async function updateDeviceState({
  buildingId,
  deviceId,
  state,
  stateAt,
  firmware,
}: B & {
  deviceId: string;
  state: Record<string, unknown>;
  stateAt: string;
  firmware?: string;
}): Promise<boolean> {
  const fw = firmware ? ", #fw = :fw" : "";
  try {
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.device(buildingId, deviceId),
        UpdateExpression: `SET #state = :s, #stateAt = :at, #seen = :at, #online = :on${fw}`,
        ConditionExpression:
          "attribute_exists(pk) AND (attribute_not_exists(#stateAt) OR #stateAt = :null OR #stateAt <= :at)",
        ExpressionAttributeNames: {
          "#state": "state",
          "#stateAt": "stateAt",
          "#seen": "lastSeenAt",
          "#online": "online",
          ...(firmware ? { "#fw": "firmware" } : {}),
        },
        ExpressionAttributeValues: {
          ":s": state,
          ":at": stateAt,
          ":on": true,
          ":null": null,
          ...(firmware ? { ":fw": firmware } : {}),
        },
        ReturnValues: "ALL_OLD",
      }),
    );
    await followHealth(out.Attributes, { state, online: true });
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

/** `online`/`offline` from the availability topic (retained, and the device's last will). */
export async function setDeviceAvailability({
  buildingId,
  deviceId,
  online,
  at,
}: B & { deviceId: string; online: boolean; at: string }): Promise<boolean> {
  try {
    const set = online ? "SET #online = :on, #seen = :at" : "SET #online = :on";
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.device(buildingId, deviceId),
        UpdateExpression: set,
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: online
          ? { "#online": "online", "#seen": "lastSeenAt" }
          : { "#online": "online" },
        ExpressionAttributeValues: online ? { ":on": true, ":at": at } : { ":on": false },
        ReturnValues: "ALL_OLD",
      }),
    );
    await followHealth(out.Attributes, { online });
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

/**
 * Takes a device out of service: marks it retired, which drops its gsi1 keys (`deviceKeys`), so it leaves its unit's device list
 * (and every list read from it) while its record and history stay. Conditional: retiring twice is a conflict.
 */
export async function retireDevice({ buildingId, deviceId, at }: B & { deviceId: string; at: string }) {
  const retired = await updateRecord<Device>({
    key: keys.device(buildingId, deviceId),
    set: { retiredAt: at, updatedAt: at },
    what: "Device",
    keysOf: deviceKeys,
    condition: {
      expression: "(attribute_not_exists(#retired) OR #retired = :null)",
      names: { "#retired": "retiredAt" },
      values: { ":null": null },
    },
    conflictMessage: "The device is already retired.",
  });
  await syncDeviceHealth({ device: retired });
  return retired;
}

/**
 * Registers a device and, for a hardware dialect, claims its broker address in the same transaction: two devices
 * never share an address (409 naming `address`), and the address index always points at a registered device.
 */
export async function createDevice({ device }: { device: Device }): Promise<Device> {
  const claims = claimAddressItems(device);
  await writeWithAddress(
    [tx.put(deviceItem(device), "attribute_not_exists(pk)"), ...claims],
    claims.map((_, i) => i + 1),
  );
  await syncDeviceHealth({ device });
  return device;
}

/** Changes a device's dialect or address: the old address is released and the new one claimed, atomically. */
export async function changeDeviceAddress({
  cur,
  protocol,
  address,
}: {
  cur: Device;
  protocol: NonNullable<Device["protocol"]>;
  address: Record<string, unknown>;
}): Promise<Device> {
  const next: Device = { ...cur, protocol, address, updatedAt: new Date().toISOString() };
  const same = addressKey(cur) === addressKey(next);
  const release = same ? [] : releaseAddressItems(cur);
  const claims = same ? [] : claimAddressItems(next);
  await writeWithAddress(
    [
      tx.update(
        keys.device(cur.buildingId, cur.id),
        buildUpdate({ protocol, address, updatedAt: next.updatedAt }),
        "attribute_exists(pk)",
      ),
      ...release,
      ...claims,
    ],
    claims.map((_, i) => i + 1 + release.length),
  );
  return next;
}

/** A retired device gives its address back, so its replacement can be registered there. */
export async function releaseDeviceAddress({ device }: { device: Device }): Promise<void> {
  const items = releaseAddressItems(device);
  if (items.length) await transactWrite(items).catch(() => undefined);
}
