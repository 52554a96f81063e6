import type { ReactNode } from "react";
import { ScopedMessages } from "@/components/document/scoped-messages";

/**
 * The three homes, outside their roles' folders so that their HTML carries only the messages their own client
 * parts use: a role's layout gives every page below it the messages of all of that role's pages (44 KB of the
 * staff home's 104 KB RSC payload; issue 19). Each home checks its role itself (rolePage), as every page does.
 */
export default function HomesLayout({ children }: { children: ReactNode }) {
  return <ScopedMessages scope="homes">{children}</ScopedMessages>;
}
