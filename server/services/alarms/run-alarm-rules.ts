import "server-only";
import type { Alarm } from "@/lib/domain/alarm";
import { ruleFor } from "@/lib/domain/alarm-rules";
import type { Building } from "@/lib/domain/building";
import type { TicketCategory } from "@/lib/domain/ticket";
import type { Role } from "@/lib/roles";
import { startMission } from "../../agents/director";
import { setAlarmOutcome } from "../../db/alarms";
import { getBuilding } from "../../db/buildings";
import { findUnit } from "../../db/units";
import { logger } from "../../logger";
import { featureEnabled } from "../building/require-feature";
import { notifyPeople, type Recipient } from "../notifications/notify-people";
import { buildingRecipients, staffRecipients, unitRecipients } from "../notifications/recipients";
import { openTicket } from "../tickets/open-ticket";
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
 * audience in each person's language, then open an urgent ticket, through a director mission when the rule asks
 * for one (its steps wait for approval as the building's `approvals` say) or directly.
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
  if (!rule.ticket && !rule.mission) return;
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
    const mission = await startMission(actor, { kind: "maintenance", ...ticket });
    missionId = mission.id;
    const opened = mission.steps.find((s) => s.kind === "open_ticket")?.result as {
      ticketId?: string;
    } | null;
    ticketId = opened?.ticketId ?? null;
  } else if (await featureEnabled(alarm.buildingId, "maintenance")) {
    ticketId = (await openTicket(actor, { ...ticket, photoKeys: [] })).id;
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
