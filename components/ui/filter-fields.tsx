import { useTranslations } from "next-intl";
import { FormField } from "./field";
import { Select } from "./select";

type Option = { value: string; label: string };

/**
 * One choice of a filter panel: a labelled select named as its URL parameter, with "Any" (empty) first unless
 * the choice always has a value (a sort order: `any={false}`).
 */
export function FilterSelect({
  label,
  name,
  value,
  any = true,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  any?: boolean;
  options: Option[];
}) {
  const t = useTranslations("filters");
  return (
    <FormField label={label} name={name}>
      <Select defaultValue={value ?? ""} placeholder={any ? t("any") : undefined} options={options} />
    </FormField>
  );
}

/** The place choice (`unitId`): the common areas (value `common`) unless left out, then each unit. */
export function PlaceFilterSelect({
  label,
  value,
  units,
  commonArea = true,
}: {
  label: string;
  value: string | undefined;
  units: { id: string; number: string }[];
  commonArea?: boolean;
}) {
  const t = useTranslations("filters");
  return (
    <FilterSelect
      label={label}
      name="unitId"
      value={value}
      options={[
        ...(commonArea ? [{ value: "common", label: t("commonArea") }] : []),
        ...units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) })),
      ]}
    />
  );
}
