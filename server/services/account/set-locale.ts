import "server-only";
import type { Locale } from "@/lib/i18n";
import type { Actor } from "@/lib/roles";
import { updateUser } from "../../db/users";

/** A person's language, kept on their account so it follows them to other devices (guests have no account). */
export async function setLocale(actor: Actor, locale: Locale): Promise<void> {
  if (actor.kind !== "user") return;
  await updateUser({ buildingId: actor.buildingId, userId: actor.id, patch: { locale } });
}
