import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/field";
import { FilterPanel } from "@/components/ui/filter-panel";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ACCESS_RESULTS } from "@/lib/domain/access-log";
import { type AccessFilters, activeCount } from "./device-query";

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
  const any = t("any");
  return (
    <FilterPanel action={action} active={activeCount(filters)}>
      <FormField label={t("door")} name="deviceId">
        <Select
          defaultValue={filters.deviceId ?? ""}
          placeholder={any}
          options={devices.map((d) => ({ value: d.id, label: d.name }))}
        />
      </FormField>
      <FormField label={t("unit")} name="unitId">
        <Select
          defaultValue={filters.unitId ?? ""}
          placeholder={any}
          options={[
            ...(commonArea ? [{ value: "common", label: t("commonArea") }] : []),
            ...units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) })),
          ]}
        />
      </FormField>
      <FormField label={t("from")} name="from">
        <Input type="date" defaultValue={filters.from ?? ""} />
      </FormField>
      <FormField label={t("to")} name="to">
        <Input type="date" defaultValue={filters.to ?? ""} />
      </FormField>
      <FormField label={t("result")} name="result">
        <Select
          defaultValue={filters.result ?? ""}
          placeholder={any}
          options={ACCESS_RESULTS.map((r) => ({ value: r, label: result(r) }))}
        />
      </FormField>
    </FilterPanel>
  );
}
