import type { ReactNode } from "react";
import { NotAllowed } from "@/components/portal/not-allowed";
import { pageActor } from "@/server/auth/page-guard";

export default async function ManagerLayout({ children }: { children: ReactNode }) {
  const { actor, allowed } = await pageActor(["manager"]);
  return allowed ? children : <NotAllowed role={actor.role} />;
}
