import "server-only";
import type { AlarmDTO, AlarmNoteInput } from "@/lib/domain/alarm";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getAlarm } from "../../db/alarms";
import { recordAudit } from "../audit/audit";
import { actorRef } from "../tickets/ticket-access";
import { type AlarmChange, changeAlarmStatus } from "./change-alarm-status";

type AlarmAction = { alarmId: string } & AlarmNoteInput;

/** Staff and managers take an alarm on, with an optional note; audited. */
export const acknowledgeAlarm = (actor: Actor, input: AlarmAction) => actOnAlarm(actor, "acknowledge", input);

/** Staff and managers close an alarm (the condition is dealt with), with an optional note; audited. */
export const clearAlarm = (actor: Actor, input: AlarmAction) => actOnAlarm(actor, "clear", input);

async function actOnAlarm(
  actor: Actor,
  action: AlarmChange["action"],
  { alarmId, note }: AlarmAction,
): Promise<AlarmDTO> {
  authorize(actor, "alarm.manage", { buildingId: actor.buildingId });
  const alarm = await getAlarm({ buildingId: actor.buildingId, alarmId });
  const out = await changeAlarmStatus(
    actor.buildingId,
    alarmId,
    { action, by: actorRef(actor), note: note || null, at: new Date().toISOString() },
    alarm,
  );
  await recordAudit(actor, `alarm.${action}`, { type: "alarm", id: alarmId }, "success", {
    cause: alarm.cause,
    deviceId: alarm.deviceId,
    note: note ? note.slice(0, 200) : null,
  });
  return out;
}
