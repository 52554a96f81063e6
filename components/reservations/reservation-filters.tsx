import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { RESERVATION_STATUSES } from "@/lib/domain/reservation";

type Values = { status?: string; unitId?: string; from?: string; to?: string };

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked and works without JS. */
export function ReservationFilters({
  units,
  values,
}: {
  units: { id: string; number: string }[];
  values: Values;
}) {
  const t = useTranslations("reservations.filters");
  const status = useTranslations("reservationStatus");
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
    >
      <FormField label={t("status")} name="status">
        <Select
          defaultValue={values.status ?? ""}
          placeholder={t("any")}
          options={RESERVATION_STATUSES.map((s) => ({ value: s, label: status(s) }))}
        />
      </FormField>
      <FormField label={t("unit")} name="unitId">
        <Select
          defaultValue={values.unitId ?? ""}
          placeholder={t("any")}
          options={units.map((u) => ({ value: u.id, label: t("unitOption", { number: u.number }) }))}
        />
      </FormField>
      <FormField label={t("from")} name="from">
        <Input type="date" defaultValue={values.from} />
      </FormField>
      <FormField label={t("to")} name="to">
        <Input type="date" defaultValue={values.to} />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <LinkButton variant="ghost" href="/staff/reservations">
          {t("clear")}
        </LinkButton>
      </div>
    </form>
  );
}
