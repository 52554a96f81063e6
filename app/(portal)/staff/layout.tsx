import type { ReactNode } from "react";
import { rolePage } from "@/app/(portal)/_gate/role-page";

export default rolePage(
  ["staff", "manager"],
  function StaffLayout(_actor, { children }: { children: ReactNode }) {
    return children;
  },
);
