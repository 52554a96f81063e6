import { useTranslations } from "next-intl";
import { FilterSelect, PlaceFilterSelect } from "@/components/ui/filter-fields";
import { FilterPanel } from "@/components/ui/filter-panel";
import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from "@/lib/domain/ticket";
import { activeFilterCount, QUEUE_AGES, type QueueFilters } from "./queue-search";

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
  return (
    <FilterPanel
      action={action}
      active={active}
      note={t("note")}
      clearable={active > 0 || filters.sort !== "newest"}
    >
      <FilterSelect
        label={t("status")}
        name="status"
        value={filters.status}
        options={TICKET_STATUSES.map((s) => ({ value: s, label: status(s) }))}
      />
      <FilterSelect
        label={t("priority")}
        name="priority"
        value={filters.priority}
        options={TICKET_PRIORITIES.map((p) => ({ value: p, label: priority(p) }))}
      />
      <FilterSelect
        label={t("category")}
        name="category"
        value={filters.category}
        options={TICKET_CATEGORIES.map((c) => ({ value: c, label: category(c) }))}
      />
      <PlaceFilterSelect label={t("unit")} value={filters.unitId} units={units} />
      <FilterSelect
        label={t("assignee")}
        name="assigneeId"
        value={filters.assigneeId}
        options={[
          { value: "unassigned", label: t("unassigned") },
          ...assignees.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      <FilterSelect
        label={t("age")}
        name="olderThanHours"
        value={filters.olderThanHours ? String(filters.olderThanHours) : undefined}
        options={QUEUE_AGES.map((h) => ({ value: String(h), label: t("olderThan", { days: h / 24 }) }))}
      />
      <FilterSelect
        label={t("sort")}
        name="sort"
        value={filters.sort}
        any={false}
        options={[
          { value: "newest", label: t("newest") },
          { value: "oldest", label: t("oldest") },
        ]}
      />
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
