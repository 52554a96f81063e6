import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { pageActor } from "@/server/auth/page-guard";
import { getBuildingName } from "@/server/services/get-building-name";

/** The signed-in shell: every portal page has a signed-in actor; each role's layout below checks the role. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { actor } = await pageActor();
  const buildingName = await getBuildingName(actor);
  return (
    <AppShell
      user={{ name: actor.name ?? "", email: actor.email ?? "", role: actor.role }}
      buildingName={buildingName}
    >
      {children}
    </AppShell>
  );
}
