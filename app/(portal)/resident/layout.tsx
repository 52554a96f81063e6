import type { ReactNode } from "react";
import { NotAllowed } from "@/components/portal/not-allowed";
import { pageActor } from "@/server/auth/page-guard";

export default async function ResidentLayout({ children }: { children: ReactNode }) {
  const { actor, allowed } = await pageActor(["resident"]);
  return allowed ? children : <NotAllowed role={actor.role} />;
}
