import type { ReactNode } from "react";
import { rolePage } from "@/app/(portal)/_gate/role-page";

export default rolePage(["resident"], function ResidentLayout(_actor, { children }: { children: ReactNode }) {
  return children;
});
