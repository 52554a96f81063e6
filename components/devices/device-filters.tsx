import { useTranslations } from "next-intl";
import { FilterSelect, PlaceFilterSelect } from "@/components/ui/filter-fields";
import { FilterPanel } from "@/components/ui/filter-panel";
import { DEVICE_TYPES } from "@/lib/domain/device";
import { activeCount, DEVICE_STATUSES, type DeviceFilters } from "./device-search";

/** Type, place (a unit or the common areas) and status (online, offline, low battery). */
export function DeviceFiltersForm({
  filters,
  units,
  action,
}: {
  filters: DeviceFilters;
  units: { id: string; number: string }[];
  action: string;
}) {
  const t = useTranslations("devices.filters");
  const type = useTranslations("devices.type");
  return (
    <FilterPanel action={action} active={activeCount(filters)}>
      <FilterSelect
        label={t("type")}
        name="type"
        value={filters.type}
        options={DEVICE_TYPES.map((d) => ({ value: d, label: type(d) }))}
      />
      <PlaceFilterSelect label={t("unit")} value={filters.unitId} units={units} />
      <FilterSelect
        label={t("status")}
        name="status"
        value={filters.status}
        options={DEVICE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
    </FilterPanel>
  );
}
