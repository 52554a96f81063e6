import "server-only";
import type { Device } from "@/lib/domain/device";
import { addressKey } from "@/lib/domain/device-protocol";
import { AppError } from "@/lib/errors";
import { getRecord } from "./item";
import { keys } from "./keys";
import { type TransactItem, TransactionRefused, transactWrite, tx } from "./write";

/** The address index item: which device of which building talks at an address. */
export type DeviceAddressEntry = { buildingId: string; deviceId: string; protocol: string; address: unknown };

const entryOf = (d: Device, key: string) => ({
  ...keys.deviceAddress(key),
  buildingId: d.buildingId,
  deviceId: d.id,
  protocol: d.protocol,
  address: d.address,
});

/** Transaction items claiming a device's address (refused if another device holds it); none for `buildingos`. */
export function claimAddressItems(d: Device): TransactItem[] {
  const key = addressKey(d);
  return key ? [tx.put(entryOf(d, key), "attribute_not_exists(pk)")] : [];
}

/** Transaction items releasing the address `prev` held (only if it is still that device's). */
export function releaseAddressItems(prev: Device): TransactItem[] {
  const key = addressKey(prev);
  if (!key) return [];
  return [
    tx.delete(keys.deviceAddress(key), "#d = :d", {
      ExpressionAttributeNames: { "#d": "deviceId" },
      ExpressionAttributeValues: { ":d": prev.id },
    }),
  ];
}

/**
 * Runs a registry transaction holding address claims: an address another device holds answers 409 naming the
 * field (`address`), anything else refused is rethrown.
 */
export async function writeWithAddress(items: TransactItem[], claimIndexes: number[]): Promise<void> {
  try {
    await transactWrite(items);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.some((i) => claimIndexes.includes(i)))
      throw new AppError("conflict", "Another device is already registered at this address.", {
        fields: { address: ["Another device is registered at this address"] },
        details: { field: "address", reason: "address_taken" },
      });
    throw e;
  }
}

/** The device at an address key, or null (inbound topics of hardware dialects resolve through this). */
export async function findDeviceByAddress(key: string): Promise<DeviceAddressEntry | null> {
  return (await getRecord<DeviceAddressEntry>(keys.deviceAddress(key), false)) ?? null;
}
