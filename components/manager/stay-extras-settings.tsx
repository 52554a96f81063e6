import type { BuildingConfig } from "@/lib/domain/building-config";
import type { FieldSpec } from "./field-spec";
import { toFlat } from "./field-spec";
import { SectionForm } from "./section-form";

/** Bounds mirror lib/domain/building-config.ts (the server checks them again). */
const FIELDS: FieldSpec[] = [
  { name: "stayExtras.earlyCheckIn.enabled", kind: "switch" },
  { name: "stayExtras.earlyCheckIn.fee", kind: "number", min: 0, max: 10_000_000 },
  { name: "stayExtras.earlyCheckIn.earliestTime", kind: "time" },
  { name: "stayExtras.lateCheckOut.enabled", kind: "switch" },
  { name: "stayExtras.lateCheckOut.fee", kind: "number", min: 0, max: 10_000_000 },
  { name: "stayExtras.lateCheckOut.latestTime", kind: "time" },
];

/**
 * The settings page's early check-in / late check-out section (issue 17, item 2), its own file and catalog
 * (`stayTimes`) so it stays apart from the other sections. Saved with the config patch like every section: each
 * of the two is sent whole.
 */
export function StayExtrasSettings({ config }: { config: Pick<BuildingConfig, "stayExtras"> }) {
  return (
    <SectionForm
      section="stayExtras"
      namespace="stayTimes"
      target="config"
      fields={FIELDS}
      initial={toFlat(FIELDS, config)}
    />
  );
}
