import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { UNIT_STATUSES } from "@/lib/domain/unit";

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked and works without JS. */
export function UnitFilters({ values }: { values: { status?: string; rentable?: string; q?: string } }) {
  const t = useTranslations("units.filters");
  const status = useTranslations("unitStatus");
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
    >
      <FormField label={t("q")} name="q">
        <Input type="search" defaultValue={values.q} autoComplete="off" />
      </FormField>
      <FormField label={t("status")} name="status">
        <Select
          defaultValue={values.status ?? ""}
          placeholder={t("any")}
          options={UNIT_STATUSES.map((s) => ({ value: s, label: status(s) }))}
        />
      </FormField>
      <FormField label={t("rentable")} name="rentable">
        <Select
          defaultValue={values.rentable ?? ""}
          placeholder={t("any")}
          options={[
            { value: "yes", label: t("rentableYes") },
            { value: "no", label: t("rentableNo") },
          ]}
        />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <LinkButton variant="ghost" href="/manager/units">
          {t("clear")}
        </LinkButton>
      </div>
    </form>
  );
}
