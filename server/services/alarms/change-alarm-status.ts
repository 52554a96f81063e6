import "server-only";
import { type Alarm, type AlarmDTO, toAlarmDTO } from "@/lib/domain/alarm";
import type { ActorRef } from "@/lib/domain/common";
import { conflict } from "@/lib/errors";
import { getAlarm, saveAlarmStatus } from "../../db/alarms";
import { publishLiveUpdate } from "../../live/live-updates";

export type AlarmChange = {
  action: "acknowledge" | "clear";
  by: ActorRef;
  note: string | null;
  at: string;
  /** a device's clear (dated `at`): refused, a 409, when the alarm has counted a repeat dated after it */
  notSeenAfter?: string;
};

/**
 * Acknowledges or clears an alarm read fresh, conditional on the status it was read with: of two people acting at
 * once one wins and the other gets a 409. Acknowledging a cleared alarm, or clearing one twice, is a 409 too.
 * Acknowledging keeps it open (the device may repeat it); clearing closes it and frees its device and cause.
 */
export async function changeAlarmStatus(
  buildingId: string,
  alarmId: string,
  change: AlarmChange,
  current?: Alarm,
): Promise<AlarmDTO> {
  const alarm = current ?? (await getAlarm({ buildingId, alarmId }));
  const next = applyChange(alarm, change);
  if (!(await saveAlarmStatus({ from: alarm.status, next, notSeenAfter: change.notSeenAfter })))
    throw conflict("This alarm was changed meanwhile; reload it.");
  const dto = toAlarmDTO(next);
  publishLiveUpdate(buildingId, { type: "alarm", alarm: dto });
  return dto;
}

export function applyChange(alarm: Alarm, c: AlarmChange): Alarm {
  if (alarm.status === "cleared") throw conflict("This alarm is already cleared.");
  if (c.action === "acknowledge") {
    if (alarm.status === "acknowledged") throw conflict("This alarm is already acknowledged.");
    return {
      ...alarm,
      status: "acknowledged",
      acknowledgedBy: c.by,
      acknowledgedAt: c.at,
      acknowledgeNote: c.note,
    };
  }
  return { ...alarm, status: "cleared", clearedBy: c.by, clearedAt: c.at, clearNote: c.note };
}
