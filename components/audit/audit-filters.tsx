import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { Select } from "@/components/ui/select";
import { AUDIT_TARGET_TYPES } from "@/lib/domain/audit-event";

export type AuditFilterValues = {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
};

/** A GET form: the filters live in the address, so the CSV link and the next page carry them too. */
export function AuditFilters({
  values,
  people,
  errors,
}: {
  values: AuditFilterValues;
  people: { id: string; name: string }[];
  errors: Record<string, string[] | undefined>;
}) {
  const t = useTranslations("audit.filters");
  const targets = useTranslations("audit.targets");
  const err = (f: "actorId" | "action" | "targetType" | "from" | "to") =>
    errors[f] ? [t(`errors.${f}`)] : undefined;
  return (
    <form
      method="get"
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 lg:items-end"
    >
      <FormField label={t("actor")} name="actorId" error={err("actorId")}>
        <Select
          defaultValue={values.actorId ?? ""}
          placeholder={t("anyone")}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
      </FormField>
      <FormField label={t("action")} name="action" hint={t("actionHint")} error={err("action")}>
        <Input defaultValue={values.action} autoComplete="off" />
      </FormField>
      <FormField label={t("target")} name="targetType" error={err("targetType")}>
        <Select
          defaultValue={values.targetType ?? ""}
          placeholder={t("anyTarget")}
          options={AUDIT_TARGET_TYPES.map((v) => ({ value: v, label: targets(v) }))}
        />
      </FormField>
      <FormField label={t("from")} name="from" error={err("from")}>
        <Input type="date" defaultValue={values.from} />
      </FormField>
      <FormField label={t("to")} name="to" error={err("to")}>
        <Input type="date" defaultValue={values.to} />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <LinkButton variant="ghost" href="/manager/audit">
          {t("clear")}
        </LinkButton>
      </div>
    </form>
  );
}
