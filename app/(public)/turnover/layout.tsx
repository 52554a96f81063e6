import type { ReactNode } from "react";
import { ScopedMessages } from "@/components/document/scoped-messages";

/** The messages this part's client components use (scripts/client-messages.ts), not the whole catalog. */
export default function TurnoverLayout({ children }: { children: ReactNode }) {
  return <ScopedMessages scope="turnover">{children}</ScopedMessages>;
}
