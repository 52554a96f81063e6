import "server-only";
import type { AlarmCause } from "@/lib/domain/alarm";
import type { Device } from "@/lib/domain/device";
import { findOpenAlarmId } from "../../db/alarms";
import { changeAlarmStatus } from "./change-alarm-status";

/** The device reports the condition over: its open alarm is cleared, by the device. */
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
  }).catch(() => undefined); // a person cleared it meanwhile: nothing left to do
}
