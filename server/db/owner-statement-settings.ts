import "server-only";
import type { OwnerStatementSettings } from "@/lib/domain/owner-statement";
import { getRecord, toItem } from "./item";
import { keys } from "./keys";
import { putItem } from "./write";

type Stored = OwnerStatementSettings & { buildingId: string; updatedAt: string; updatedBy: string };

export async function findOwnerStatementSettings({
  buildingId,
}: {
  buildingId: string;
}): Promise<Stored | null> {
  return (await getRecord<Stored>(keys.ownerStatementSettings(buildingId))) ?? null;
}

export async function putOwnerStatementSettings({ settings }: { settings: Stored }): Promise<Stored> {
  await putItem(toItem(settings, keys.ownerStatementSettings(settings.buildingId)));
  return settings;
}
