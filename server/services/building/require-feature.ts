import "server-only";
import type { BuildingConfig } from "@/lib/domain/building";
import { forbidden } from "@/lib/errors";
import { findBuilding } from "../../db/buildings";

export type Feature = keyof BuildingConfig["features"];

/**
 * The building's switches change rarely and are read on hot paths (every command, every API token; a guest
 * session reads the building with its stay instead, server/auth/guest-session.ts, so it is always fresh), so each
 * instance reads a building's switches at most every 10 s: a manager switching a feature off is obeyed everywhere
 * within that time. This instance forgets its copy at once when it saves the settings.
 */
export const FEATURE_TTL_MS = 10_000;
const cache = new Map<string, { features: BuildingConfig["features"] | null; readAt: number }>();

/** Whether the building has the feature on; an unknown building has none. */
export async function featureEnabled(
  buildingId: string,
  feature: Feature,
  now = new Date(),
): Promise<boolean> {
  const cached = cache.get(buildingId);
  if (cached && Math.abs(now.getTime() - cached.readAt) < FEATURE_TTL_MS)
    return cached.features?.[feature] ?? false;
  const building = await findBuilding({ buildingId });
  const features = building?.config.features ?? null;
  cache.set(buildingId, { features, readAt: now.getTime() });
  return features?.[feature] ?? false;
}

/** Called after the settings are saved, so this instance obeys a switch on the very next request. */
export function forgetBuildingFeatures(buildingId: string): void {
  cache.delete(buildingId);
}

const OFF: Record<Feature, string> = {
  shortStays: "Short stays are switched off for this building.",
  guestCheckin: "Guest check-in is switched off for this building.",
  concierge: "The concierge is switched off for this building.",
  maintenance: "Maintenance requests are switched off for this building.",
  deviceControl: "Device control is switched off for this building.",
  missions: "Missions are switched off for this building.",
  icalExport: "Calendar export is switched off for this building.",
  apiTokens: "API tokens are switched off for this building.",
  staffAnnouncements: "Staff may not post announcements in this building.",
};

/** A 403 with the reason when the building has switched the feature off, whoever asks (tokens and agents too). */
export async function requireFeature(buildingId: string, feature: Feature, now = new Date()): Promise<void> {
  if (!(await featureEnabled(buildingId, feature, now))) throw forbidden(OFF[feature]);
}
