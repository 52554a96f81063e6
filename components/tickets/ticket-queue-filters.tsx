import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/field";
import { FilterPanel } from "@/components/ui/filter-panel";
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
    <FilterPanel
      action={action}
      active={active}
      note={t("note")}
      clearable={active > 0 || filters.sort !== "newest"}
    >
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
    </FilterPanel>
  );
}
