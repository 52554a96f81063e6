import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/field";
import { FilterSelect, PlaceFilterSelect } from "@/components/ui/filter-fields";
import { FilterPanel } from "@/components/ui/filter-panel";
import { Input } from "@/components/ui/input";
import { ACCESS_RESULTS } from "@/lib/domain/access-log";
import { type AccessFilters, activeCount } from "./device-search";

/** Door, place, date range (days) and result. Residents get only their units in the choices. */
export function AccessLogFiltersForm({
  filters,
  devices,
  units,
  action,
  commonArea = true,
}: {
  filters: AccessFilters;
  devices: { id: string; name: string }[];
  units: { id: string; number: string }[];
  action: string;
  commonArea?: boolean;
}) {
  const t = useTranslations("devices.filters");
  const result = useTranslations("devices.accessResult");
  return (
    <FilterPanel action={action} active={activeCount(filters)}>
      <FilterSelect
        label={t("door")}
        name="deviceId"
        value={filters.deviceId}
        options={devices.map((d) => ({ value: d.id, label: d.name }))}
      />
      <PlaceFilterSelect label={t("unit")} value={filters.unitId} units={units} commonArea={commonArea} />
      <FormField label={t("from")} name="from">
        <Input type="date" defaultValue={filters.from ?? ""} />
      </FormField>
      <FormField label={t("to")} name="to">
        <Input type="date" defaultValue={filters.to ?? ""} />
      </FormField>
      <FilterSelect
        label={t("result")}
        name="result"
        value={filters.result}
        options={ACCESS_RESULTS.map((r) => ({ value: r, label: result(r) }))}
      />
    </FilterPanel>
  );
}
