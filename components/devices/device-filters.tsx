import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/field";
import { FilterPanel } from "@/components/ui/filter-panel";
import { Select } from "@/components/ui/select";
import { DEVICE_TYPES } from "@/lib/domain/device";
import { activeCount, DEVICE_STATUSES, type DeviceFilters } from "./device-query";

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
  const any = t("any");
  return (
    <FilterPanel action={action} active={activeCount(filters)}>
      <FormField label={t("type")} name="type">
        <Select
          defaultValue={filters.type ?? ""}
          placeholder={any}
          options={DEVICE_TYPES.map((d) => ({ value: d, label: type(d) }))}
        />
      </FormField>
      <FormField label={t("unit")} name="unitId">
        <Select
          defaultValue={filters.unitId ?? ""}
          placeholder={any}
          options={[
            { value: "common", label: t("commonArea") },
            ...units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) })),
          ]}
        />
      </FormField>
      <FormField label={t("status")} name="status">
        <Select
          defaultValue={filters.status ?? ""}
          placeholder={any}
          options={DEVICE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
      </FormField>
    </FilterPanel>
  );
}
