import type { ReactNode } from "react";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { ScopedMessages } from "@/components/document/scoped-messages";

export default rolePage(["manager"], function ManagerLayout(_actor, { children }: { children: ReactNode }) {
  return <ScopedMessages scope="manager">{children}</ScopedMessages>;
});
