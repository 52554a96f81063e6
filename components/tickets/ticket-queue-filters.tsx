import { SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from "@/lib/domain/ticket";
import { activeFilterCount, QUEUE_AGES, type QueueFilters } from "./queue-query";

export type QueueFiltersFormProps = {
  filters: QueueFilters;
  units: { id: string; number: string }[];
  assignees: { id: string; name: string }[];
  action: string;
};

/**
 * The queue's filters: a GET form, so the filtered queue has its own URL (shareable, back button) and the form
 * works without JavaScript. Folded away on phones until a filter is in use.
 */
export function QueueFiltersForm({ filters, units, assignees, action }: QueueFiltersFormProps) {
  const t = useTranslations("tickets.queue.filters");
  const status = useTranslations("ticketStatus");
  const priority = useTranslations("ticketPriority");
  const category = useTranslations("ticketCategory");
  const active = activeFilterCount(filters);
  const any = t("any");
  return (
    <details
      className="group rounded-lg border border-slate-200 bg-white shadow-sm"
      open={active > 0 || undefined}
    >
      <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 px-4 font-medium text-slate-900 [&::-webkit-details-marker]:hidden">
        <SlidersHorizontal aria-hidden="true" className="size-4 text-slate-600" />
        {t("title")}
        {active ? <span className="text-slate-600 text-sm">({t("active", { count: active })})</span> : null}
        <span className="ml-auto text-brand-700 text-sm group-open:hidden">{t("show")}</span>
        <span className="ml-auto hidden text-brand-700 text-sm group-open:inline">{t("hide")}</span>
      </summary>
      <form method="get" action={action} className="space-y-4 border-slate-200 border-t p-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <FormField label={t("status")} name="status">
            <Select
              defaultValue={filters.status ?? ""}
              placeholder={any}
              options={TICKET_STATUSES.map((s) => ({ value: s, label: status(s) }))}
            />
          </FormField>
          <FormField label={t("priority")} name="priority">
            <Select
              defaultValue={filters.priority ?? ""}
              placeholder={any}
              options={TICKET_PRIORITIES.map((p) => ({ value: p, label: priority(p) }))}
            />
          </FormField>
          <FormField label={t("category")} name="category">
            <Select
              defaultValue={filters.category ?? ""}
              placeholder={any}
              options={TICKET_CATEGORIES.map((c) => ({ value: c, label: category(c) }))}
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
          <FormField label={t("assignee")} name="assigneeId">
            <Select
              defaultValue={filters.assigneeId ?? ""}
              placeholder={any}
              options={[
                { value: "unassigned", label: t("unassigned") },
                ...assignees.map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          </FormField>
          <FormField label={t("age")} name="olderThanHours">
            <Select
              defaultValue={filters.olderThanHours ? String(filters.olderThanHours) : ""}
              placeholder={any}
              options={QUEUE_AGES.map((h) => ({ value: String(h), label: t("olderThan", { days: h / 24 }) }))}
            />
          </FormField>
          <FormField label={t("sort")} name="sort">
            <Select
              defaultValue={filters.sort}
              options={[
                { value: "newest", label: t("newest") },
                { value: "oldest", label: t("oldest") },
              ]}
            />
          </FormField>
          <div className="flex items-end">
            <label className="flex min-h-10 items-center gap-2 text-slate-900 text-sm">
              <input
                type="checkbox"
                name="overdue"
                value="true"
                defaultChecked={filters.overdue === true}
                className="size-5 rounded border-slate-500 accent-brand-600"
              />
              {t("overdueOnly")}
            </label>
          </div>
        </div>
        <p className="text-slate-600 text-sm">{t("note")}</p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit">{t("apply")}</Button>
          {active || filters.sort !== "newest" ? (
            <Button asChild variant="secondary">
              <Link href={action}>{t("clear")}</Link>
            </Button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
