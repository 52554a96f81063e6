import type { ReactNode } from "react";
import { loadRegistryDevice } from "./load-registry-device";

/** Outside the page's loading boundary, so an unknown device answers a real 404 before anything streams. */
export default async function RegistryDeviceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await loadRegistryDevice((await params).id);
  return children;
}
