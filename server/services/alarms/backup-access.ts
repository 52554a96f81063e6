import "server-only";
import { randomInt } from "node:crypto";
import { alarmSetting } from "@/lib/domain/alarm-rules";
import type { Building } from "@/lib/domain/building";
import { type Device, isRetired } from "@/lib/domain/device";
import { doorCodeWindow } from "@/lib/domain/door-window";
import { guestMayUseDoor } from "@/lib/domain/guest-door-access";
import { claimBackupAccess } from "../../db/backup-access";
import { findDevice } from "../../db/devices";
import { createDoorCode } from "../../db/door-codes";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { sendCommand } from "../../mqtt/send-command";
import { notifyPeople } from "../notifications/notify-people";
import { currentStay, guestRecipient } from "../notifications/recipients";

const SYSTEM = { kind: "system" as const, id: "alarm-rules", name: "Alarm rules" };

export type BackupOutcome =
  | { given: false; why: "not_a_unit_lock" | "no_stay" | "none_configured" | "already_given" }
  | { given: true; reservationId: string; codeId: string | null };

/**
 * A unit's lock went offline while a stay is in house: its guest (only that guest) gets the building's backup
 * access, once per stay and lock whatever the outages and instances (a conditional claim): a fresh PIN on the
 * backup lock (a key box with a keypad) valid from now until the stay's code would end, and/or the written
 * instructions, in the guest's language, bypassing preferences like an emergency.
 */
export async function giveBackupAccess(
  building: Building,
  lock: Pick<Device, "id" | "type" | "name" | "unitId">,
  opts: { now?: Date; bridge?: MqttBridge | null } = {},
): Promise<BackupOutcome> {
  if (lock.type !== "lock" || !lock.unitId) return { given: false, why: "not_a_unit_lock" };
  const settings = alarmSetting(building.config.alarms, "backupAccess");
  const now = opts.now ?? new Date();
  const backupLock = settings.deviceId
    ? await findDevice({ buildingId: building.id, deviceId: settings.deviceId })
    : null;
  const usableLock = backupLock && backupLock.type === "lock" && !isRetired(backupLock) ? backupLock : null;
  if (!usableLock && !settings.instructions) return { given: false, why: "none_configured" };
  const stay = await currentStay(building, lock.unitId, now);
  // a guest who may not use the door yet (check-in not done) is not given another way in either
  if (!stay || !guestMayUseDoor(stay, building.config)) return { given: false, why: "no_stay" };
  const until = stay.doorAccess?.validUntil ?? doorCodeWindow(stay, building).validUntil;
  const claimed = await claimBackupAccess({
    buildingId: building.id,
    reservationId: stay.id,
    deviceId: lock.id,
    until,
  });
  if (!claimed) return { given: false, why: "already_given" };

  let code: { id: string; pin: string } | null = null;
  if (usableLock) {
    const length = building.config.doorCode.length;
    code = {
      id: `bk-${stay.id}-${lock.id}`.slice(0, 64),
      pin: String(randomInt(0, 10 ** length)).padStart(length, "0"),
    };
    const window = { validFrom: now.toISOString(), validUntil: until };
    const at = now.toISOString();
    await createDoorCode({
      code: {
        id: code.id,
        buildingId: building.id,
        deviceId: usableLock.id,
        label: `Backup for ${stay.guest.name} (${lock.name} offline)`.slice(0, 120),
        pin: code.pin,
        ...window,
        reservationId: stay.id,
        status: "pending",
        createdAt: at,
        updatedAt: at,
      },
    });
    await sendCommand(
      opts.bridge === undefined ? mqttBridge() : opts.bridge,
      {
        device: usableLock,
        action: "set_code",
        params: { codeId: code.id, pin: code.pin, ...window },
        issuedBy: SYSTEM,
      },
      { wait: false },
    ).catch((e) => logger.error("backup set_code failed", { deviceId: usableLock.id, error: String(e) }));
  }
  await notifyPeople([guestRecipient(building, stay)], {
    buildingId: building.id,
    kind: "alarm",
    emergency: true,
    timeZone: building.timezone,
    text: (t, r) => {
      const lines = [
        code && usableLock
          ? t("alarms.backup.code", {
              device: lock.name,
              pin: code.pin,
              backup: usableLock.name,
              until: new Intl.DateTimeFormat(r.locale, {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: building.timezone,
              }).format(new Date(until)),
            })
          : t("alarms.backup.text", { device: lock.name }),
        settings.instructions,
      ].filter(Boolean);
      return { title: t("alarms.backup.title"), body: lines.join("\n\n") };
    },
    href: () => "/stay",
  });
  return { given: true, reservationId: stay.id, codeId: code?.id ?? null };
}
