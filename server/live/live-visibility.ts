import "server-only";
import { can, scopeOf } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { requesterId } from "../agents/requester";
import { alarmVisible } from "../services/alarms/alarm-access";
import { ownsDevice } from "../services/devices/device-access";
import type { LiveUpdate } from "./live-updates";

/**
 * Which live updates an actor may receive, by the same rules as the pages: staff and managers the whole
 * building, residents their units' devices, commands and door events, guests their stay's door and their own
 * commands; missions: staff and managers the building's, others their own. `ownDeviceIds` are the devices the actor may see (read when the stream opens and at each re-check), because a
 * command names only its device.
 */
export function liveUpdateFilter(actor: Actor, ownDeviceIds: ReadonlySet<string>) {
  const building = scopeOf(actor, "device.read") === "building";
  const logs = can(actor, "accessLog.read");
  const logsBuilding = scopeOf(actor, "accessLog.read") === "building";
  const missions = can(actor, "mission.read") ? scopeOf(actor, "mission.read") : "none";
  return (u: LiveUpdate): boolean => {
    switch (u.type) {
      case "device":
        return building || ownsDevice(u.device)(actor);
      case "command":
        if (building) return true;
        if (actor.role === "guest") return u.command.issuedBy.id === actor.id;
        return ownDeviceIds.has(u.command.deviceId);
      case "access":
        if (!logs) return false;
        return logsBuilding || (u.log.unitId !== null && actor.unitIds.includes(u.log.unitId));
      case "mission":
        if (missions === "building") return true;
        return missions === "own" && u.mission.requestedBy.id === requesterId(actor);
      case "alarm":
        return alarmVisible(actor, u.alarm);
      case "notification":
        return u.userId === actor.id;
      case "staffReply":
        return u.userId === requesterId(actor);
      default:
        return false;
    }
  };
}
