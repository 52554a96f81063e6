import "server-only";
import type { AlarmCause } from "@/lib/domain/alarm";
import type { Device } from "@/lib/domain/device";
import { findOpenAlarmId } from "../../db/alarms";
import { changeAlarmStatus } from "./change-alarm-status";

/**
 * The device reports the condition over: its open alarm is cleared, by the device. Not when the alarm has
 * meanwhile counted a repeat the device dated after this clear (its messages are handled concurrently, so the
 * condition coming back can be stored first): the condition is present again, and the alarm stays open.
 */
export async function clearFromDevice(
  device: Pick<Device, "id" | "buildingId">,
  cause: AlarmCause,
  at: string,
) {
  const openId = await findOpenAlarmId({ buildingId: device.buildingId, deviceId: device.id, cause });
  if (!openId) return;
  await changeAlarmStatus(device.buildingId, openId, {
    action: "clear",
    by: { kind: "system", id: device.id, name: "device" },
    note: null,
    at,
    notSeenAfter: at,
  }).catch(() => undefined); // a person cleared it meanwhile, or a later repeat keeps it open: nothing to do
}
