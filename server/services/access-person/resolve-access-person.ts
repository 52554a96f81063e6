import "server-only";
import type { AccessPerson } from "@/lib/domain/access-log";
import { idSchema } from "@/lib/domain/common";
import { passIdOfCode } from "@/lib/domain/pass-schedule";
import type { Role } from "@/lib/roles";
import { guestIdOf } from "../../auth/guest-session";
import { findCommand } from "../../db/device-commands";
import { findMission } from "../../db/missions";
import { findPass } from "../../db/passes";
import { findPinSlot } from "../../db/pin-slots";
import { findReservation } from "../../db/reservations";
import { findUser } from "../../db/users";
import { lookupDoorCode } from "../../mqtt/lookups";

/** What an access event carries that can name a person. */
export type AccessCredential = {
  /** a door code of the registry (native contract `codeId`) */
  codeId?: string | null;
  /** the command an app or remote unlock carried out */
  commandId?: string | null;
  /** a keypad slot number (Zigbee2MQTT keypads): resolved through the lock's PIN slot table */
  slot?: number | null;
};

const KIND_OF_ROLE: Record<Role, AccessPerson["kind"]> = {
  guest: "guest",
  resident: "resident",
  staff: "staff",
  manager: "staff",
};

/** People rarely change: a short cache keeps a burst of door events from reading the same records again. */
const cache = new Map<string, { value: Promise<AccessPerson | null>; until: number }>();
function cached(key: string, load: () => Promise<AccessPerson | null>) {
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.value;
  const value = load().catch(() => null);
  cache.set(key, { value, until: now + 30_000 });
  if (cache.size > 5_000) cache.delete(cache.keys().next().value as string);
  return value;
}

/**
 * Who opened the door, when it can be known: a code names its holder (the stay's guest, or the code's label as a
 * visitor), an app or remote unlock names who sent the command (a person by role, the guest of a stay, or the
 * mission that did it), a keypad slot through the lock's PIN slot table. Null when nothing names anyone.
 */
export async function resolveAccessPerson(
  buildingId: string,
  deviceId: string,
  cred: AccessCredential,
): Promise<AccessPerson | null> {
  if (cred.codeId && idSchema.safeParse(cred.codeId).success) {
    const codeId = cred.codeId;
    return cached(`${buildingId}/${deviceId}/code/${codeId}`, () =>
      personOfCode(buildingId, deviceId, codeId),
    );
  }
  if (cred.commandId && idSchema.safeParse(cred.commandId).success) {
    const commandId = cred.commandId;
    return cached(`${buildingId}/${deviceId}/cmd/${commandId}`, () =>
      personOfCommand(buildingId, deviceId, commandId),
    );
  }
  if (cred.slot != null) {
    const held = await findPinSlot({ buildingId, deviceId, slot: cred.slot }).catch(() => null);
    return held ? resolveAccessPerson(buildingId, deviceId, { codeId: held.codeId }) : null;
  }
  return null;
}

async function personOfCode(
  buildingId: string,
  deviceId: string,
  codeId: string,
): Promise<AccessPerson | null> {
  const code = await lookupDoorCode(buildingId, deviceId, codeId);
  if (!code) return personOfPassCode(buildingId, codeId);
  if (code.reservationId) {
    const stay = await findReservation({ buildingId, reservationId: code.reservationId });
    if (stay) return { kind: "guest", name: stay.guest.name, id: guestIdOf(stay.id) };
  }
  if (code.holder) {
    const { kind, name, id } = code.holder;
    return id ? { kind, name, id } : { kind, name };
  }
  return code.label ? { kind: "visitor", name: code.label } : null;
}

/** A pass window's code no longer on record still names the pass (its id leads the code id): its holder. */
async function personOfPassCode(buildingId: string, codeId: string): Promise<AccessPerson | null> {
  const passId = passIdOfCode(codeId);
  const pass = passId ? await findPass({ buildingId, passId }) : null;
  return pass ? { kind: "visitor", name: pass.holder.name, id: pass.id } : null;
}

async function personOfCommand(
  buildingId: string,
  deviceId: string,
  commandId: string,
): Promise<AccessPerson | null> {
  const cmd = await findCommand({ buildingId, deviceId, commandId });
  if (!cmd) return null;
  if (cmd.missionId) {
    const mission = await findMission({ buildingId, missionId: cmd.missionId });
    return { kind: "mission", name: (mission?.goal ?? "Mission").slice(0, 200), id: cmd.missionId };
  }
  const by = cmd.issuedBy;
  if (by.kind === "user") {
    const user = await findUser({ buildingId, userId: by.id });
    return user ? { kind: KIND_OF_ROLE[user.role], name: user.name, id: user.id } : null;
  }
  if (by.kind === "guest") return { kind: "guest", name: by.name ?? "Guest", id: by.id };
  if (by.kind === "mission") return { kind: "mission", name: by.name ?? "Mission", id: by.id };
  return null;
}
