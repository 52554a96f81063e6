import "server-only";
import { createHash } from "node:crypto";
import type { Building } from "@/lib/domain/building";
import type { KnowledgeDocument } from "@/lib/domain/knowledge-document";
import { listAllKnowledgeDocuments } from "../../db/knowledge-documents";

export type GuestDocument = { title: string; text: string };
export type HouseRules = GuestDocument & { version: string };

/** A guest-audience document with inline text whose title matches, most recently updated first. */
const pick = (docs: KnowledgeDocument[], title: RegExp): GuestDocument | null => {
  const d = docs
    .filter((x) => x.audience.includes("guest") && x.text && title.test(x.title))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return d?.text ? { title: d.title, text: d.text } : null;
};

/** When a building has written no rules yet, the guest still accepts what the configuration enforces. */
function rulesFromConfig(b: Building): GuestDocument {
  const c = b.config;
  const text = [
    `Check-in from ${c.checkInTime}; check-out by ${c.checkOutTime}.`,
    `Quiet hours from ${c.quietHours.start} to ${c.quietHours.end}.`,
    `At most ${c.maxGuestsPerUnit} guests per unit, and never more than the unit's capacity.`,
    "No smoking anywhere in the building.",
  ].join("\n");
  return { title: `${b.name} house rules`, text };
}

/**
 * The house rules a guest accepts, and their version: a hash of the very text shown, so the stay records
 * exactly what was accepted and a change to the rules is noticed between showing and accepting.
 */
export async function getGuestDocuments(
  building: Building,
): Promise<{ rules: HouseRules; guide: GuestDocument | null }> {
  const docs = await listAllKnowledgeDocuments({ buildingId: building.id });
  const rules = pick(docs, /house rules/i) ?? rulesFromConfig(building);
  const version = createHash("sha256").update(`${rules.title}\n${rules.text}`).digest("hex").slice(0, 16);
  return { rules: { ...rules, version }, guide: pick(docs, /guide|arrival|welcome/i) };
}
