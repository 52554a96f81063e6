import "server-only";
import type { Actor } from "@/lib/roles";
import { bumpSessionVersion } from "../../db/user-sessions";
import { recordAudit } from "../audit/audit";
import { requireAccountHolder } from "./reauthenticate";

/** Ends every session of the actor's account, on every device (a stolen cookie included), this one too. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  requireAccountHolder(actor);
  await bumpSessionVersion({ buildingId: actor.buildingId, userId: actor.id });
  await recordAudit(actor, "user.sessions.revoke", { type: "user", id: actor.id }, "success");
}
