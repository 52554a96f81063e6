import "server-only";
import { type Alarm, type AlarmCause, openedAlarm, toAlarmDTO } from "@/lib/domain/alarm";
import type { Device } from "@/lib/domain/device";
import { newId } from "@/lib/domain/ids";
import { claimAlarmRules, findAlarm, openAlarm, touchAlarm } from "../../db/alarms";
import { publishLiveUpdate } from "../../live/live-updates";
import { logger } from "../../logger";
import { runAlarmRules } from "./run-alarm-rules";

export type AlarmSignal = {
  device: Pick<Device, "id" | "buildingId" | "unitId" | "name">;
  cause: AlarmCause;
  at: string;
  /** the device's event id (derived signals use a stable id of their own) */
  eventId: string;
  value: number | null;
};

/**
 * A device says a condition is present. Exactly one alarm is open per device and cause, whatever the number of
 * instances hearing it: the first writer opens it (conditional put of the "open" marker), later ones count a
 * repeat. Whoever then wins the rules claim (a conditional write, once per alarm ever) runs the building's rules;
 * trying the claim on repeats too means a crash between opening and acting is made good by the redelivery.
 */
export async function raiseAlarm(s: AlarmSignal): Promise<{ alarm: Alarm | null; created: boolean }> {
  const buildingId = s.device.buildingId;
  for (let attempt = 0; attempt < 5; attempt++) {
    const fresh = openedAlarm({
      id: newId(),
      buildingId,
      deviceId: s.device.id,
      unitId: s.device.unitId,
      cause: s.cause,
      at: s.at,
      value: s.value,
    });
    const opened = await openAlarm({ alarm: fresh, eventId: s.eventId });
    if ("duplicate" in opened) return { alarm: null, created: false };
    let alarm: Alarm | null;
    let created = false;
    if ("created" in opened) {
      alarm = fresh;
      created = true;
    } else if (!opened.openId) {
      continue; // cleared between our put and the read: open a new one
    } else {
      const ref = { buildingId, deviceId: s.device.id, alarmId: opened.openId };
      alarm = await touchAlarm({ ...ref, at: s.at, eventId: s.eventId, value: s.value });
      if (!alarm) {
        // refused: this event was already counted (a redelivery), or the alarm was cleared between our put and
        // the count. Cleared: the condition is back after it, so open a new one (the next attempt; a redelivery
        // is still caught there by its event marker)
        alarm = await findAlarm(ref);
        if (!alarm || alarm.status === "cleared") continue;
      }
    }
    publishLiveUpdate(buildingId, { type: "alarm", alarm: toAlarmDTO(alarm) });
    if (alarm.status !== "cleared" && !alarm.rulesFiredAt) await fireRulesOnce(alarm, s.device.name);
    return { alarm, created };
  }
  throw new Error("Could not open or update the alarm after 5 attempts");
}

async function fireRulesOnce(alarm: Alarm, deviceName: string) {
  const at = new Date().toISOString();
  if (!(await claimAlarmRules({ buildingId: alarm.buildingId, alarmId: alarm.id, at }))) return;
  try {
    await runAlarmRules({ ...alarm, rulesFiredAt: at }, deviceName);
  } catch (e) {
    logger.error("alarm rules failed", { buildingId: alarm.buildingId, alarmId: alarm.id, error: String(e) });
  }
}
