import type { Viewport } from "next";
import type { ReactNode } from "react";
import { LocalizedDocument, localizedMetadata } from "@/components/document/localized-document";
import { AppShell } from "@/components/shell/app-shell";
import { BRAND_COLOR } from "@/lib/brand";
import { pageActor } from "@/server/auth/page-guard";
import { getBuilding } from "@/server/services/building/get-building";
import { countUnread } from "@/server/services/notifications/list-notifications";
import "../globals.css";

export const generateMetadata = localizedMetadata;
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: BRAND_COLOR };

/** The signed-in shell: every portal page has a signed-in actor; each role's layout below checks the role. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const { actor } = await pageActor();
  const [building, unread] = await Promise.all([getBuilding(actor), countUnread(actor).catch(() => 0)]);
  const buildingName = building.name;
  return (
    <LocalizedDocument scope="portal">
      <AppShell
        user={{ name: actor.name ?? "", email: actor.email ?? "", role: actor.role }}
        buildingName={buildingName}
        unread={unread}
      >
        {children}
      </AppShell>
    </LocalizedDocument>
  );
}
