import "server-only";
import type { Alarm } from "@/lib/domain/alarm";
import { alarmSetting, ruleFor, valveFor } from "@/lib/domain/alarm-rules";
import type { Building } from "@/lib/domain/building";
import type { TicketCategory } from "@/lib/domain/ticket";
import type { Role } from "@/lib/roles";
import { startMission } from "../../agents/director";
import { setAlarmOutcome } from "../../db/alarms";
import { getBuilding } from "../../db/buildings";
import { findDevice } from "../../db/devices";
import { findUnit } from "../../db/units";
import { logger } from "../../logger";
import { featureEnabled } from "../building/require-feature";
import { notifyPeople, type Recipient } from "../notifications/notify-people";
import { buildingRecipients, staffRecipients, unitRecipients } from "../notifications/recipients";
import { openTicket } from "../tickets/open-ticket";
import { giveBackupAccess } from "./backup-access";
import { escalate } from "./escalate-alarm";
import { shutOffDirectly } from "./shut-off-valve";
import { alarmRulesActor } from "./system-actor";

const CATEGORY: Partial<Record<Alarm["cause"], TicketCategory>> = {
  leak: "plumbing",
  smoke: "security",
  co: "security",
  door_forced: "security",
  door_held: "access",
  tamper: "security",
  temperature: "heating_cooling",
};

/** Smoke and CO are emergencies: they reach every channel whatever people chose. */
const EMERGENCY = new Set<Alarm["cause"]>(["smoke", "co"]);

/** Where an alarm notice leads each role. */
export const alarmHref = (role: Role, alarm: Pick<Alarm, "id">) =>
  role === "staff" || role === "manager"
    ? `/staff/alarms#alarm-${alarm.id}`
    : role === "resident"
      ? "/resident"
      : "/stay";

/**
 * The building's rule for the alarm's cause, run once per alarm (the caller holds the claim): tell the rule's
 * audience in each person's language, email the escalation contact (smoke, CO), give the guest in house the
 * backup access (a unit lock offline), then open an urgent ticket, through a director mission when the rule asks
 * for one (its steps wait for approval as the building's `approvals` say) or directly, and close the place's
 * shut-off valve (a leak): a step of that mission, gated where `alarms.shutOff.requireApproval` says so.
 * Each act is guarded on its own, so one failing (a mail server, an offline valve) never stops the others.
 */
export async function runAlarmRules(alarm: Alarm, deviceName: string): Promise<void> {
  const building = await getBuilding({ buildingId: alarm.buildingId });
  const rule = ruleFor(building.config.alarms, alarm.cause);
  const unit = alarm.unitId ? await findUnit({ buildingId: alarm.buildingId, unitId: alarm.unitId }) : null;
  const recipients = await audience(building, rule.notify, alarm.unitId);
  await notifyPeople(recipients, {
    buildingId: alarm.buildingId,
    kind: "alarm",
    emergency: EMERGENCY.has(alarm.cause),
    timeZone: building.timezone,
    text: (t) => {
      const place = unit ? t("alarms.place.unit", { unit: unit.number }) : t("alarms.place.common");
      const cause = t(`alarms.cause.${alarm.cause}`);
      return {
        title: t("alarms.notice.title", { cause, place }),
        body: t(`alarms.notice.body.${alarm.cause}`, { place, device: deviceName }),
      };
    },
    href: (role) => alarmHref(role, alarm),
  });
  if (rule.escalate) {
    await escalate(building, alarm, { unit: unit?.number ?? null, device: deviceName }).catch((e) =>
      logger.error("escalation email failed", { alarmId: alarm.id, error: String(e) }),
    );
  }
  if (rule.backupAccess && alarm.cause === "offline") {
    const lock = await findDevice({ buildingId: alarm.buildingId, deviceId: alarm.deviceId });
    const out = lock
      ? await giveBackupAccess(building, lock).catch((e) => {
          logger.error("backup access failed", { alarmId: alarm.id, error: String(e) });
          return null;
        })
      : null;
    if (out) logger.info("backup access", { alarmId: alarm.id, ...out });
  }
  const valve = rule.shutOff
    ? valveFor(alarmSetting(building.config.alarms, "shutOff"), {
        unitId: alarm.unitId,
        floor: unit?.floor ?? null,
      })
    : null;
  const shutOff = valve
    ? await findDevice({ buildingId: alarm.buildingId, deviceId: valve.deviceId }).then((d) =>
        d && d.type === "valve"
          ? {
              deviceId: d.id,
              deviceName: d.name,
              requireApproval: alarmSetting(building.config.alarms, "shutOff").requireApproval,
            }
          : null,
      )
    : null;
  if (!rule.ticket && !rule.mission) {
    if (shutOff) await shutOffDirectly(alarm, shutOff);
    return;
  }
  const place = unit ? `unit ${unit.number}` : "a common area";
  const ticket = {
    title: `Alarm: ${alarm.cause.replace("_", " ")} in ${place}`,
    description: `${deviceName} reported ${alarm.cause.replace("_", " ")} at ${alarm.startedAt}. Alarm ${alarm.id}.`,
    category: CATEGORY[alarm.cause] ?? "other",
    priority: "urgent" as const,
    unitId: alarm.unitId,
  };
  const actor = alarmRulesActor(alarm.buildingId);
  let ticketId: string | null = null;
  let missionId: string | null = null;
  if (rule.mission && (await featureEnabled(alarm.buildingId, "missions"))) {
    const mission = await startMission(
      actor,
      { kind: "maintenance", ...ticket, ...(shutOff ? { shutOff } : {}) },
      { rulesOnly: true },
    );
    missionId = mission.id;
    const opened = mission.steps.find((s) => s.kind === "open_ticket")?.result as {
      ticketId?: string;
    } | null;
    ticketId = opened?.ticketId ?? null;
  } else {
    if (await featureEnabled(alarm.buildingId, "maintenance")) {
      ticketId = (await openTicket(actor, { ...ticket, photoKeys: [] })).id;
    }
    if (shutOff) await shutOffDirectly(alarm, shutOff);
  }
  await setAlarmOutcome({ buildingId: alarm.buildingId, alarmId: alarm.id, ticketId, missionId });
  logger.info("alarm rules ran", { buildingId: alarm.buildingId, alarmId: alarm.id, ticketId, missionId });
}

async function audience(b: Building, notify: string, unitId: string | null): Promise<Recipient[]> {
  if (notify === "building") return buildingRecipients(b);
  if (notify === "unit") return unitRecipients(b, unitId);
  if (notify === "staff") return staffRecipients(b);
  return [];
}
