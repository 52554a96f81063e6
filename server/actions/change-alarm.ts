"use server";

import { z } from "zod";
import { alarmNoteInputSchema } from "@/lib/domain/alarm";
import { idSchema } from "@/lib/domain/common";
import { acknowledgeAlarm, clearAlarm } from "../services/alarms/act-on-alarm";
import { action } from "./action";

const schema = alarmNoteInputSchema.extend({ alarmId: idSchema, action: z.enum(["acknowledge", "clear"]) });

/** Staff acknowledge or clear an alarm from the alarm list; the services check role and building again. */
export const changeAlarmAction = action(
  schema,
  async function changeAlarm({ action: what, alarmId, note }, actor) {
    const alarm =
      what === "acknowledge"
        ? await acknowledgeAlarm(actor, { alarmId, note })
        : await clearAlarm(actor, { alarmId, note });
    return { alarm };
  },
  { capability: "alarm.manage" },
);
