import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { PERSON_ROLES } from "@/lib/domain/people";
import { USER_STATUSES } from "@/lib/domain/user";

/** A GET form: filters live in the address (bookmarkable, works without JS). */
export function PeopleFilters({ values }: { values: { role?: string; status?: string } }) {
  const t = useTranslations("people.filters");
  const roles = useTranslations("roles");
  const status = useTranslations("people.status");
  return (
    <form
      method="get"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end"
    >
      <FormField label={t("role")} name="role">
        <Select
          defaultValue={values.role ?? ""}
          placeholder={t("any")}
          options={PERSON_ROLES.map((r) => ({ value: r, label: roles(r) }))}
        />
      </FormField>
      <FormField label={t("status")} name="status">
        <Select
          defaultValue={values.status ?? ""}
          placeholder={t("any")}
          options={USER_STATUSES.map((s) => ({ value: s, label: status(s) }))}
        />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <LinkButton variant="ghost" href="/manager/people">
          {t("clear")}
        </LinkButton>
      </div>
    </form>
  );
}
