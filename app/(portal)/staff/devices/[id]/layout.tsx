import type { ReactNode } from "react";
import { loadDevice } from "./load-device";

/** Outside the page's loading boundary, so an unknown device answers a real 404 before anything streams. */
export default async function StaffDeviceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await loadDevice((await params).id);
  return children;
}
