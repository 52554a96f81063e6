import type { ReactNode } from "react";
import { loadUnit } from "./load-unit";

/**
 * Outside the page's loading boundary: an unknown unit is found out before anything streams, so the answer
 * is a real 404 (with the portal's not-found page) rather than a 200 that turns into "not found" later.
 */
export default async function UnitLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  await loadUnit((await params).id);
  return children;
}
