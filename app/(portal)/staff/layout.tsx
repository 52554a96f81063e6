import type { ReactNode } from "react";
import { NotAllowed } from "@/components/portal/not-allowed";
import { pageActor } from "@/server/auth/page-guard";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const { actor, allowed } = await pageActor(["staff", "manager"]);
  return allowed ? children : <NotAllowed role={actor.role} />;
}
