import "server-only";
import type { AlarmDTO, AlarmNoteInput } from "@/lib/domain/alarm";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getAlarm } from "../../db/alarms";
import { recordAudit } from "../audit/audit";
import { actorRef } from "../tickets/ticket-access";
import { changeAlarmStatus } from "./change-alarm-status";

/** Staff and managers take an alarm on, with an optional note; audited. */
export async function acknowledgeAlarm(
  actor: Actor,
  { alarmId, note }: { alarmId: string } & AlarmNoteInput,
): Promise<AlarmDTO> {
  authorize(actor, "alarm.manage", { buildingId: actor.buildingId });
  const alarm = await getAlarm({ buildingId: actor.buildingId, alarmId });
  const out = await changeAlarmStatus(
    actor.buildingId,
    alarmId,
    { action: "acknowledge", by: actorRef(actor), note: note || null, at: new Date().toISOString() },
    alarm,
  );
  await recordAudit(actor, "alarm.acknowledge", { type: "alarm", id: alarmId }, "success", {
    cause: alarm.cause,
    deviceId: alarm.deviceId,
    note: note ? note.slice(0, 200) : null,
  });
  return out;
}
