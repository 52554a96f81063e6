import "server-only";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Device } from "@/lib/domain/device";
import { HEALTH_SETS, type HealthSet, healthOf, LOW_BATTERY_PERCENT } from "@/lib/domain/device-health";
import { db, tableName } from "./client";
import { getRecord } from "./item";
import { keys } from "./keys";
import { queryAll } from "./query";
import { putItem, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };
export type DeviceHealthSets = Partial<Record<HealthSet, Set<string>>>;

/**
 * The health summary of a building's devices (issue 19): one item holding four string sets of device ids (all,
 * offline, low battery, locks), read by the staff and manager homes in one GetItem instead of every device.
 *
 * Kept current by the device writes (server/db/devices.ts): a write that changes which sets a device belongs to
 * then calls `syncDeviceHealth` with the record it wrote. The sync is one transaction: a condition that the
 * device still is what was observed (online, battery band, retired), and ADD/DELETE of its id in each set. Set
 * ADD/DELETE are idempotent and the condition makes a stale sync fail (it reads the device again and retries),
 * so concurrent writers on several instances leave the sets matching the devices: whichever device write came
 * last, its own sync comes after it. A process dying between the device write and its sync leaves one device
 * misfiled until its next flip; `npm run rebuild:summaries` rebuilds the sets from the devices.
 */
export async function syncDeviceHealth({ device }: { device: Device }): Promise<void> {
  let d: Device | undefined = device;
  for (let attempt = 1; ; attempt++) {
    try {
      await transactWrite([deviceIsAsObserved(device.buildingId, device.id, d), membership(device, d)]);
      return;
    } catch (e) {
      if (!(e instanceof TransactionRefused && e.failedConditions.includes(0)) || attempt >= 5) throw e;
      d = await getRecord<Device>(keys.device(device.buildingId, device.id));
    }
  }
}

function membership(ids: Pick<Device, "buildingId" | "id">, d: Device | undefined) {
  const h = d ? healthOf(d) : { all: false, offline: false, lowBattery: false, locks: false };
  const add = HEALTH_SETS.filter((s) => h[s]);
  const del = HEALTH_SETS.filter((s) => !h[s]);
  const names = Object.fromEntries(HEALTH_SETS.map((s) => [`#${s}`, s]));
  const clause = (verb: string, sets: HealthSet[]) =>
    sets.length ? `${verb} ${sets.map((s) => `#${s} :id`).join(", ")}` : "";
  return tx.update(keys.deviceHealth(ids.buildingId), {
    UpdateExpression: [clause("ADD", add), clause("DELETE", del)].filter(Boolean).join(" "),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ":id": new Set([ids.id]) },
  });
}

/** The device item still has the fields its membership was computed from (or is still absent). */
function deviceIsAsObserved(buildingId: string, deviceId: string, d: Device | undefined) {
  const key = keys.device(buildingId, deviceId);
  if (!d) return tx.check(key, "attribute_not_exists(pk)");
  const h = healthOf(d);
  if (!h.all) {
    return tx.check(key, "attribute_exists(pk) AND attribute_exists(#ret) AND #ret <> :null", {
      ExpressionAttributeNames: { "#ret": "retiredAt" },
      ExpressionAttributeValues: { ":null": null },
    });
  }
  const parts = [
    "attribute_exists(pk)",
    "(attribute_not_exists(#ret) OR #ret = :null)",
    h.offline ? "(attribute_not_exists(#on) OR #on <> :true)" : "#on = :true",
    h.lowBattery ? "#st.#bat < :low" : "(attribute_not_exists(#st.#bat) OR NOT (#st.#bat < :low))",
  ];
  return tx.check(key, parts.join(" AND "), {
    ExpressionAttributeNames: { "#ret": "retiredAt", "#on": "online", "#st": "state", "#bat": "battery" },
    ExpressionAttributeValues: { ":null": null, ":true": true, ":low": LOW_BATTERY_PERCENT },
  });
}

/**
 * The sets, one GetItem (eventually consistent: a home may lag a flip by a moment). A building whose summary was
 * never written (its devices predate it) gets it built from its devices on this first read, once.
 */
export async function getDeviceHealth({ buildingId }: B): Promise<DeviceHealthSets> {
  const out = await db().send(new GetCommand({ TableName: tableName(), Key: keys.deviceHealth(buildingId) }));
  return deviceHealthOf(out.Item) ?? rebuildDeviceHealth({ buildingId });
}

/** The sets of a stored health item (read alone or in a batch), null when there is none yet. */
export function deviceHealthOf(item: Record<string, unknown> | undefined): DeviceHealthSets | null {
  if (!item) return null;
  return Object.fromEntries(
    HEALTH_SETS.flatMap((s) => (item[s] instanceof Set ? [[s, item[s] as Set<string>]] : [])),
  );
}

/**
 * Recomputes the sets from the building's devices and replaces the item (the repair behind
 * `npm run rebuild:summaries`, and the bulk loads' last step). A device flipping during the rebuild may be
 * misfiled until its next flip: run it when the counts are known to be wrong, not on a schedule.
 */
export async function rebuildDeviceHealth({ buildingId }: B): Promise<DeviceHealthSets> {
  const devices = await queryAll<Device>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.devicePrefix },
  });
  const sets = Object.fromEntries(
    HEALTH_SETS.map((s) => [s, new Set(devices.filter((d) => healthOf(d)[s]).map((d) => d.id))]),
  ) as Record<HealthSet, Set<string>>;
  // DynamoDB stores no empty set: an empty one is simply absent, as DELETE of its last member leaves it
  const present: DeviceHealthSets = Object.fromEntries(
    HEALTH_SETS.flatMap((s) => (sets[s].size ? [[s, sets[s]]] : [])),
  );
  await putItem({ ...keys.deviceHealth(buildingId), ...present });
  return present;
}
