import type { ReactNode } from "react";
import { loadStay } from "@/app/(portal)/_reservations/load-stay";

/** Outside the page's loading boundary: an unknown stay is a real 404, found out before anything streams. */
export default async function StaffStayLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await loadStay((await params).id, "staff");
  return children;
}
