import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/roles";
import { currentActor } from "@/server/auth/actor";

/** The root sends each person to their role's home, or to sign in. */
export default async function Root() {
  const actor = await currentActor();
  redirect(actor ? ROLE_HOME[actor.role] : "/login");
}
